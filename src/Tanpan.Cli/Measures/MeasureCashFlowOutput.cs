using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Tanpan.Core.Reduction;

namespace Tanpan.Cli.Measures;

/// <summary>
/// A measure evaluation with cash-flow parameters: the level fields, then the assumptions, the yearly flows (NT$), the IRR analysis,
/// the discounted payback and MIRR (null when there is none), before the note. Level evaluations never print these fields.
/// </summary>
internal sealed record MeasureCashFlowOutput : MeasureOutput
{
    [SetsRequiredMembers]
    public MeasureCashFlowOutput(MeasureOutput level, MeasureResult r, CashFlowAssumptions c)
        : base(level)
    {
        RunningCostNtd = c.RunningCostNtd;
        Degradation = c.DegradationPerYear;
        Escalation = c.EscalationPerYear;
        ReplacementYear = c.ReplacementYear;
        ReplacementCostNtd = c.ReplacementYear is null ? null : c.ReplacementCostNtd;
        ResidualValueNtd = c.ResidualValueNtd;
        ReinvestRate = c.ReinvestRate ?? r.Options.DiscountRate;
        FlowsNtd = r.Flows;
        IrrStatus = r.IrrAnalysis?.Status.ToString().ToLowerInvariant();
        IrrRates = r.IrrAnalysis?.Rates;
        IrrSignChanges = r.IrrAnalysis?.SignChanges;
        DiscountedPaybackYears = r.DiscountedPaybackYears;
        Mirr = r.Mirr;
    }

    [JsonPropertyOrder(1)]
    public decimal RunningCostNtd { get; init; }

    [JsonPropertyOrder(1)]
    public decimal Degradation { get; init; }

    [JsonPropertyOrder(1)]
    public decimal Escalation { get; init; }

    /// <summary>The replacement year and its cost are printed only when a replacement was given.</summary>
    [JsonPropertyOrder(1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ReplacementYear { get; init; }

    [JsonPropertyOrder(1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? ReplacementCostNtd { get; init; }

    [JsonPropertyOrder(1)]
    public decimal ResidualValueNtd { get; init; }

    [JsonPropertyOrder(1)]
    public decimal ReinvestRate { get; init; }

    [JsonPropertyOrder(1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<decimal>? FlowsNtd { get; init; }

    [JsonPropertyOrder(1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? IrrStatus { get; init; }

    [JsonPropertyOrder(1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<decimal>? IrrRates { get; init; }

    [JsonPropertyOrder(1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? IrrSignChanges { get; init; }

    [JsonPropertyOrder(1)]
    public decimal? DiscountedPaybackYears { get; init; }

    [JsonPropertyOrder(1)]
    public decimal? Mirr { get; init; }
}
