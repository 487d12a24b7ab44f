using Tanpan.Core.Inventory;

namespace Tanpan.Documents.Inventories;

/// <summary>
/// What the 清冊 and 報告書 say about the organisation beyond the numbers. <see cref="GeneratedAt"/>
/// comes from the caller's clock (a <see cref="TimeProvider"/>), so documents are reproducible in tests.
/// </summary>
public sealed record InventoryDocumentInfo(string OrganisationName, int Year, DateTimeOffset GeneratedAt)
{
    public string? TaxId { get; init; }

    public string? Address { get; init; }

    public string? Contact { get; init; }

    /// <summary>Consolidation approach (ISO 14064-1 5.1).</summary>
    public string Boundary { get; init; } = "營運控制權法 (operational control)";

    public int? BaseYear { get; init; }

    /// <summary>Threshold of the base-year recalculation rule, as a fraction of base-year emissions.</summary>
    public decimal RecalculationThreshold { get; init; } = 0.05m;

    /// <summary>The structural-change check against the organisation's base year; null when there is none (the CLI, or no base year set).</summary>
    public StructuralChangeCheck? StructuralChange { get; init; }

    public string VerificationStatus { get; init; } = "未經第三方查證 / not verified by a third party";

    /// <summary>Sources or categories left out, with the reason; null when none.</summary>
    public string? Exclusions { get; init; }

    /// <summary>
    /// Per-source significance (R, C, P) for 2.1-重大性準則, as the app shows it; a source not listed (every source, from the
    /// CLI) gets the derived scores of <see cref="Core.Sources.SignificanceRule.Assess"/> from the document's own figures.
    /// </summary>
    public IReadOnlyList<SourceSignificance> Significance { get; init; } = [];
}
