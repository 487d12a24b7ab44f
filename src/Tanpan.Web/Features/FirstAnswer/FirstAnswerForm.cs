namespace Tanpan.Web.Features.FirstAnswer;

/// <summary>
/// The first-answer page as typed (text, so a bad number comes back as typed). Amounts are in the units printed on the
/// bills: electricity in 度 (kWh) — the year's total or one per month —, diesel and petrol in 公升, natural gas in 度 or
/// 立方公尺, LPG in 公升 (the 6.0.4 factor's unit), each refrigerant refilled in 公斤. An empty field is "not used"; 0 is a figure.
/// </summary>
public sealed class FirstAnswerForm
{
    /// <summary>Number of refrigerant rows on the page.</summary>
    public const int RefrigerantRows = 3;

    public string? Year { get; set; }

    public string? FacilityName { get; set; }

    /// <summary>The year's electricity in 度 (kWh); leave empty when the months are typed.</summary>
    public string? ElectricityYear { get; set; }

    /// <summary>January … December, 度 (kWh) from each Taipower bill; empty months are not counted.</summary>
    public List<string?> Months { get; set; } = [.. Enumerable.Repeat<string?>(null, 12)];

    public string? DieselVehicles { get; set; }

    public string? DieselEquipment { get; set; }

    public string? Gasoline { get; set; }

    public string? NaturalGas { get; set; }

    /// <summary>度 (as on the gas bill; 1 度 = 1 m³) or 立方公尺.</summary>
    public string? NaturalGasUnit { get; set; } = FirstAnswerLines.GasDu;

    public string? Lpg { get; set; }

    public List<RefrigerantRow> Refrigerants { get; set; } = [.. Enumerable.Range(0, RefrigerantRows).Select(_ => new RefrigerantRow())];

    /// <summary>
    /// Twelve months and <see cref="RefrigerantRows"/> rows whatever was posted: the form binder leaves a list it got no
    /// (contiguous) value for null or short.
    /// </summary>
    public FirstAnswerForm Complete()
    {
        Months = [.. (Months ?? []).Concat(Enumerable.Repeat<string?>(null, 12)).Take(12)];
        Refrigerants = [.. (Refrigerants ?? []).Select(r => r ?? new RefrigerantRow()).Concat(Enumerable.Range(0, RefrigerantRows).Select(_ => new RefrigerantRow())).Take(RefrigerantRows)];
        return this;
    }

    /// <summary>Which button was pressed: <c>convert</c> turns the figures into an inventory year; anything else calculates.</summary>
    public string? Intent { get; set; }
}

/// <summary>One refrigerant refilled in the year: its type (a material of the catalogue) and the kilograms refilled.</summary>
public sealed class RefrigerantRow
{
    public string? Type { get; set; }

    public string? Kg { get; set; }
}
