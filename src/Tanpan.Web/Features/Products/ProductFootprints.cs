using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Core.Products;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Products;

/// <summary>
/// Product footprints from the organisation's stored inventory: the inventory's entries through Core's calculation with
/// its pinned factor and GWP sets (as the results pages do), the product tables, then <see cref="ProductFootprintCalculator"/>.
/// A computation is stored as a draft version (replaced by the next one); locking freezes it: a locked version is only ever
/// read from its stored snapshot, so its figures never drift when reference data, the inventory or the products change.
/// </summary>
public sealed partial class ProductFootprints(ProductService products, FactorLibrary library, TenantContext tenant, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private AppDbContext Db => products.Db;

    /// <summary>Every product's footprint for the inventory as computed now (not stored), or null when the inventory is not found.</summary>
    public async Task<InventoryFootprints?> ComputeAllAsync(Guid inventoryYearId, CancellationToken cancellationToken)
    {
        if (!products.CanRead || await Db.InventoryYears.AsNoTracking().SingleOrDefaultAsync(y => y.Id == inventoryYearId, cancellationToken) is not { } year)
        {
            return null;
        }

        return await RunAsync(year, null, cancellationToken);
    }

    public async Task<List<(ProductFootprintVersion Version, int Year)>> VersionsAsync(Guid productId, CancellationToken cancellationToken) =>
        !products.CanRead ? [] :
        [.. (await Db.ProductFootprintVersions.AsNoTracking().Where(v => v.ProductId == productId)
            .Join(Db.InventoryYears, v => v.InventoryYearId, y => y.Id, (v, y) => new { v, y.Year }).ToListAsync(cancellationToken))
            .OrderByDescending(x => x.Year).ThenByDescending(x => x.v.Version).Select(x => (x.v, x.Year))];

    public async Task<(ProductFootprintVersion Version, FootprintSnapshot Snapshot)?> FindAsync(Guid productId, Guid versionId, CancellationToken cancellationToken) =>
        products.CanRead && await Db.ProductFootprintVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == versionId && v.ProductId == productId, cancellationToken)
            is { } version
            ? (version, Snapshot(version))
            : null;

    public static FootprintSnapshot Snapshot(ProductFootprintVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return JsonSerializer.Deserialize<FootprintSnapshot>(version.ResultJson, Json)!;
    }

    /// <summary>
    /// Computes the product's footprint from the inventory and stores it as the draft version of that product and year
    /// (the draft's number is kept; after a lock the next draft takes the next number). The issues when it cannot be computed.
    /// </summary>
    public async Task<(ProductFootprintVersion? Version, IReadOnlyList<FootprintIssue> Issues, ProblemHttpResult? Problem)> ComputeAsync(
        Guid productId, Guid inventoryYearId, CancellationToken cancellationToken)
    {
        if (await products.FindAsync(productId, cancellationToken) is null
            || await Db.InventoryYears.AsNoTracking().SingleOrDefaultAsync(y => y.Id == inventoryYearId, cancellationToken) is not { } year)
        {
            return (null, [], Problems.NotFound());
        }

        if (!products.CanWrite)
        {
            return (null, [], Problems.ReadOnly());
        }

        var run = await RunAsync(year, productId, cancellationToken);
        if (run.Issues.Count > 0)
        {
            return (null, run.Issues, null);
        }

        var code = (await products.FindAsync(productId, cancellationToken))!.Code;
        var snapshot = run.Footprints.Single(f => f.ProductCode == code);
        var versions = await Db.ProductFootprintVersions.Where(v => v.ProductId == productId && v.InventoryYearId == inventoryYearId).ToListAsync(cancellationToken);
        var draft = versions.SingleOrDefault(v => v.Status == FootprintStatuses.Draft);
        if (draft is null)
        {
            draft = new ProductFootprintVersion
            {
                Id = Guid.CreateVersion7(), ProductId = productId, InventoryYearId = inventoryYearId, Version = versions.Select(v => v.Version).DefaultIfEmpty(0).Max() + 1,
                Status = FootprintStatuses.Draft, FactorSetId = "", FactorSetVersion = "", GwpSetId = "", ResultJson = "",
            };
            Db.ProductFootprintVersions.Add(draft);
        }

        (draft.ComputedAt, draft.FactorSetId, draft.FactorSetVersion, draft.GwpSetId) = (snapshot.ComputedAt, snapshot.FactorSetId, snapshot.FactorSetVersion, snapshot.GwpSetId);
        (draft.KgCo2ePerUnit, draft.ResultJson) = (snapshot.CradleToGateKg, JsonSerializer.Serialize(snapshot, Json));
        await Db.SaveChangesAsync(cancellationToken);
        return (draft, [], null);
    }

    /// <summary>Locks a draft version: from now on its stored result is what every page, document and PACT export shows.</summary>
    public async Task<Results<Ok<ProductFootprintVersion>, ProblemHttpResult>> LockAsync(Guid productId, Guid versionId, CancellationToken cancellationToken)
    {
        if (!products.CanRead || await Db.ProductFootprintVersions.SingleOrDefaultAsync(v => v.Id == versionId && v.ProductId == productId, cancellationToken)
            is not { } version)
        {
            return Problems.NotFound();
        }

        if (!products.CanWrite)
        {
            return Problems.ReadOnly();
        }

        if (version.Status == FootprintStatuses.Locked)
        {
            return Problems.Conflict("此版本已鎖定。", "This version is already locked.");
        }

        (version.Status, version.LockedAt, version.LockedByUserId) = (FootprintStatuses.Locked, clock.GetUtcNow(), tenant.UserId);
        await Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(version);
    }

    private async Task<InventoryFootprints> RunAsync(InventoryYear year, Guid? wanted, CancellationToken cancellationToken)
    {
        var (sources, facilities, entries) = await ResultsCalculation.LoadAsync(year.Id, Db, cancellationToken);
        var run = ResultsCalculation.Run(entries, sources, facilities, year.FactorSetId, year.GwpSetId, library);
        if (run.Result is not { } inventory)
        {
            return new(year.Id, year.Year, [], [], [.. run.Issues.Select(i => new FootprintIssue(
                $"盤查資料無法計算：{i.Source} {i.Period} {i.MessageZh}", $"The inventory cannot be calculated: {i.Source} {i.Period} {i.MessageEn}"))]);
        }

        var (data, _) = await ProductDataLoader.LoadAsync(Db, year, facilities, wanted, cancellationToken);
        if (data.Products.Count == 0)
        {
            return new(year.Id, year.Year, [], [], [new("此盤查年度尚無產品產量。", "No product has output in this inventory year.")]);
        }

        var outcome = ProductFootprintCalculator.Calculate(inventory, data, new FootprintOptions { Year = year.Year });
        if (!outcome.Succeeded)
        {
            return new(year.Id, year.Year, [], [], [.. outcome.Issues.Select(i => new FootprintIssue(i.MessageZh, i.MessageEn))]);
        }

        var at = clock.GetUtcNow();
        var snapshots = outcome.Footprints.Select(f => FootprintSnapshots.Of(f, year.Year, inventory, run.Records, at)).ToList();
        var totals = snapshots.SelectMany(s => s.Allocations).GroupBy(a => a.Facility, StringComparer.Ordinal)
            .Select(g => new FacilityTotal(g.Key, g.Sum(a => a.AllocatedKg))).OrderBy(t => t.Facility, StringComparer.Ordinal).ToList();
        return new(year.Id, year.Year, snapshots, totals, []);
    }
}
