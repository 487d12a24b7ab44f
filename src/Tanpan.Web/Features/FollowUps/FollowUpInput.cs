namespace Tanpan.Web.Features.FollowUps;

/// <summary>
/// The 成效追蹤表 as typed (docs/follow-ups.md, "The form"): the year reported, scope 1 and 2 emissions (tCO2e), the
/// intensity with what it is per, the measures implemented with their yearly savings, other results and remarks.
/// Everything is text as posted; <see cref="FollowUpValidator"/> reads it.
/// </summary>
public sealed class FollowUpInput
{
    /// <summary>Rows the form offers for measures.</summary>
    public const int MeasureRows = 5;

    public string? ReportingYear { get; set; }

    public string? Scope1 { get; set; }

    public string? Scope2 { get; set; }

    public string? Intensity { get; set; }

    public string? IntensityUnit { get; set; }

    public List<MeasureRow>? Measures { get; set; }

    public string? OtherResults { get; set; }

    public string? Remarks { get; set; }

    /// <summary>One implemented measure: what was done, and the year's savings in kWh, tCO2e and NT$.</summary>
    public sealed class MeasureRow
    {
        public string? Description { get; set; }

        public string? SavedKwh { get; set; }

        public string? SavedTonnes { get; set; }

        public string? SavedNtd { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(SavedKwh)
            && string.IsNullOrWhiteSpace(SavedTonnes) && string.IsNullOrWhiteSpace(SavedNtd);
    }
}
