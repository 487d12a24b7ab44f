using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Core.Sources;
using Tanpan.Core.Time;
using Tanpan.Documents.Inventories;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// The 清冊 and 報告書 of a stored inventory: Core's calculation over the stored entries with the pinned sets (the
/// results' own path, <see cref="ResultsCalculation"/>), with the organisation's profile, facilities and the sources'
/// significance. A locked inventory's documents must agree with its snapshot: when the recalculation does not
/// (the factor library changed under it), the documents are refused rather than disagree with the results.
/// </summary>
public sealed class InventoryDocuments(AppDbContext db, FactorLibrary library, InventoryResultsService results, BaseYearStructure structure, TimeProvider clock)
{
    /// <summary>The inventory's document, or null when the inventory is not found (or is another organisation's).</summary>
    public async Task<DocumentOutcome?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await results.GetAsync(id, cancellationToken) is not { } outcome)
        {
            return null;
        }

        if (outcome.Results.Summary is not { } summary)
        {
            return new(outcome, null, outcome.Results.Issues, SnapshotDiffers: false);
        }

        var (sources, facilities, entries) = await ResultsCalculation.LoadAsync(id, db, cancellationToken);
        var run = ResultsCalculation.Run(entries, sources, facilities, outcome.Inventory.FactorSetId, outcome.Inventory.GwpSetId, library);
        if (run.Result is not { } result)
        {
            return new(outcome, null, run.Issues, SnapshotDiffers: false);
        }

        if (result.Total.Kilograms != summary.TotalKilograms)
        {
            return new(outcome, null, [], SnapshotDiffers: true);
        }

        var year = await db.InventoryYears.AsNoTracking().SingleAsync(y => y.Id == id, cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(cancellationToken);
        var scores = await SourceAssessments.ForAsync(id, sources.Values, db, results, cancellationToken);
        var info = Info(organisation, year, sources.Values, facilities, scores) with
        {
            StructuralChange = await structure.CheckAsync(id, cancellationToken) is { BaseYear: not null } check ? check : null,
        };
        return new(outcome, InventoryDocument.Create(result, library, info), [], SnapshotDiffers: false);
    }

    private InventoryDocumentInfo Info(
        Organisation o, InventoryYear year, IEnumerable<EmissionSource> sources, Dictionary<Guid, string> facilities, Dictionary<Guid, SignificanceScores> scores) =>
        new(o.Name, year.Year, TaipeiTime.Of(clock.GetUtcNow()))   // documents show the organisation's time (Asia/Taipei), not UTC
        {
            TaxId = o.TaxId,
            Address = o.Address,
            Contact = string.Join(" ", new[] { o.ContactName, o.ContactTitle, o.ContactPhone, o.ContactEmail }.Where(x => !string.IsNullOrWhiteSpace(x))) is { Length: > 0 } c ? c : null,
            Boundary = year.Boundary == BoundaryApproach.FinancialControl ? "財務控制權法 (financial control)" : "營運控制權法 (operational control)",
            BaseYear = year.IsBaseYear ? year.Year : null,
            VerificationStatus = year.LockedAt is { } at && TaipeiTime.Of(at) is var locked
                ? $"已提交鎖定 {locked:yyyy-MM-dd}，未經第三方查證 / submitted and locked {locked:yyyy-MM-dd}, not verified by a third party"
                : "草稿，未經第三方查證 / draft, not verified by a third party",
            // The R, C, P the source form and the sources page show (SourceAssessments), so sheet 2.1 says the same.
            Significance = [.. sources.Select(s => new SourceSignificance(
                facilities[s.FacilityId], s.Process ?? s.Equipment ?? "", s.MaterialKey, scores[s.Id], s.RequiredByLawOrCustomer, s.Category))],
        };
}

/// <summary>
/// An inventory's head and results (as the results API gives them) and its document; <see cref="Document"/> is null
/// when some entry cannot be calculated (<see cref="Issues"/>) or when a locked inventory's recalculation differs from its snapshot.
/// </summary>
public sealed record DocumentOutcome(ResultsOutcome Results, InventoryDocument? Document, IReadOnlyList<EntryIssue> Issues, bool SnapshotDiffers);
