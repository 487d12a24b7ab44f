using System.Text.Json.Serialization;
using Tanpan.Core.Reduction;

namespace Tanpan.Cli.Measures;

/// <summary>
/// The JSON form of a measure evaluation: options, savings per carrier with factors, exact amounts (t CO₂e, NT$). Level evaluations
/// print these fields; an evaluation with cash-flow parameters prints <see cref="MeasureCashFlowOutput"/>, the same plus its flows.
/// </summary>
[JsonDerivedType(typeof(MeasureCashFlowOutput))]
internal record MeasureOutput
{
    public required string Kind { get; init; }

    public required string FactorSet { get; init; }

    public required string Gwp { get; init; }

    public required int GridYear { get; init; }

    public required decimal DiscountRate { get; init; }

    public required int LifetimeYears { get; init; }

    public required IReadOnlyList<SavingOutput> Savings { get; init; }

    public required decimal Tco2e { get; init; }

    public required decimal OtherCostSavingsNtd { get; init; }

    public required decimal? CostSavedNtd { get; init; }

    public required IReadOnlyList<string> MissingPrices { get; init; }

    public required decimal InvestmentNtd { get; init; }

    public required decimal SubsidyNtd { get; init; }

    public required decimal NetInvestmentNtd { get; init; }

    public required decimal? PaybackYears { get; init; }

    public required decimal? NpvNtd { get; init; }

    public required decimal? Irr { get; init; }

    /// <summary>Last, after the cash-flow fields of <see cref="MeasureCashFlowOutput"/>.</summary>
    [JsonPropertyOrder(2)]
    public required string Note { get; init; }

    public static MeasureOutput From(MeasureResult r)
    {
        var level = new MeasureOutput
        {
            Kind = r.Kind,
            FactorSet = r.Options.FactorSetId,
            Gwp = r.Options.GwpId,
            GridYear = r.GridYear,
            DiscountRate = r.Options.DiscountRate,
            LifetimeYears = r.Options.LifetimeYears,
            Savings = [.. r.Savings.Select(SavingOutput.From)],
            Tco2e = r.Co2e.Tonnes,
            OtherCostSavingsNtd = r.OtherCostSavingsNtd,
            CostSavedNtd = r.CostSavedNtd,
            MissingPrices = [.. r.MissingPrices.Select(Carriers.Key)],
            InvestmentNtd = r.InvestmentNtd,
            SubsidyNtd = r.SubsidyNtd,
            NetInvestmentNtd = r.NetInvestmentNtd,
            PaybackYears = r.PaybackYears,
            NpvNtd = r.NpvNtd,
            Irr = r.Irr,
            Note = r.Note,
        };
        return r.CashFlows is { } assumptions ? new MeasureCashFlowOutput(level, r, assumptions) : level;
    }
}

/// <summary>One carrier's saving: quantity in its unit, t CO₂e, the factor used and, when a price was given, its cost (NT$).</summary>
internal sealed record SavingOutput(
    string Carrier,
    string Unit,
    decimal Quantity,
    decimal Tco2e,
    string FactorId,
    decimal Kgco2ePerUnit,
    decimal? PriceNtdPerUnit,
    decimal? CostNtd)
{
    public static SavingOutput From(CarrierSaving s) =>
        new(Carriers.Key(s.Carrier), Carriers.Unit(s.Carrier), s.Quantity, s.Co2e.Tonnes, s.FactorId, s.KgCo2ePerUnit, s.PriceNtdPerUnit, s.CostNtd);
}
