using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Core.Sources;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Pact;
using Tanpan.Web.Features.Products;
using Tanpan.Web.Tests.Data.Support;
using static Tanpan.Web.Tests.Features.Products.ProductServiceTests<Tanpan.Web.Tests.Data.Support.SqliteFixture>;

namespace Tanpan.Web.Tests.Features.Products;

/// <summary>
/// Footprints computed from the organisation's stored inventory (issue 18 items 2, 3 and 7), hand-worked:
/// the seeded facility 觀音廠 bought 10,000 kWh in 2024, × 0.474 kg CO2e/kWh (data/factors/electricity/grid-factors.csv,
/// 2024 row) = 4,740 kg CO2e of production emissions. WIDGET (piece, 2 kg) made 1,000 pieces = 2,000 kg; PART (kg) made
/// 3,000 kg. By mass WIDGET gets 4,740 × 2,000 / 5,000 = 1,896 kg = 1.896 kg per piece and PART 2,844 kg = 0.948 kg per kg.
/// WIDGET's BOM: 0.5 kg of PART (0.5 × 0.948 = 0.474) and 1 kg of aluminium at 8.5 kg CO2e/kg (8.5): 10.87 kg per piece.
/// </summary>
public abstract class ProductFootprintsTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task ComputeAsync_HandWorkedWidget_MassAllocationPlusBomRollUp()
    {
        FactorLibrary.Shipped.GridFactors[2024].Gases.Sum(g => g.KgPerUnit).ShouldBe(0.474m); // the worked example's factor
        var (w, widget, _) = await WidgetWorldAsync();
        await using var _w = w;

        var (version, issues, _) = await w.Footprints.ComputeAsync(widget, w.Db.InventoryYears.Single().Id, default);

        issues.ShouldBeEmpty();
        var s = ProductFootprints.Snapshot(version!);
        s.ByStage.Single(f => f.Key == "production").KgPerUnit.ShouldBe(1.896m);
        s.ByStage.Single(f => f.Key == "raw_material").KgPerUnit.ShouldBe(0.474m + 8.5m);
        (s.CradleToGateKg, version!.KgCo2ePerUnit, version.Version, version.Status).ShouldBe((10.87m, 10.87m, 1, FootprintStatuses.Draft));
        var allocation = s.Allocations.ShouldHaveSingleItem();
        (allocation.Key, allocation.Numerator, allocation.Denominator, allocation.AllocatedKg).ShouldBe(("Mass", 2000m, 5000m, 1896m));
        allocation.Rows.ShouldHaveSingleItem().EntryId.ShouldBe(await w.Db.ActivityEntries.Select(e => e.Id).SingleAsync()); // traced to the entry
    }

    [Fact]
    public async Task ComputeAsync_ProcessAssignedToWidget_GoesToItWholeBeforeAnyMassAllocation()
    {
        var (w, widget, part) = await WidgetWorldAsync();
        await using var _w = w;
        var year = await w.Db.InventoryYears.SingleAsync();
        var facility = await w.Db.Facilities.SingleAsync();
        (await w.Products.AssignAsync(year.Id, new AssignmentRequest(widget, facility.Id, "公用"), default)).Result.ShouldBeOfType<Ok<ProductProcessAssignment>>();

        var all = (await w.Footprints.ComputeAllAsync(year.Id, default))!;

        // Direct: 4,740 kg / 1,000 pieces = 4.74; PART gets nothing, so WIDGET = 4.74 + 0.5 × 0 + 8.5 = 13.24.
        all.Footprints.Single(f => f.ProductCode == "WIDGET").CradleToGateKg.ShouldBe(13.24m);
        all.Footprints.Single(f => f.ProductCode == "PART").CradleToGateKg.ShouldBe(0m);
        all.Footprints.SelectMany(f => f.Allocations).Where(a => a.AllocatedKg != 0m).ShouldHaveSingleItem().Key.ShouldBe("Direct");
        _ = part;
    }

    [Fact]
    public async Task ComputeAsync_DistributionValueSupplied_AddsAStageAfterTheGateButNotToCradleToGate()
    {
        var (w, widget, _) = await WidgetWorldAsync();
        await using var _w = w;
        (await w.Products.SetStageValueAsync(widget, new StageValueRequest("distribution", -0.3m, "PCR"), default)).Result.ShouldBeOfType<ValidationProblem>();
        (await w.Products.SetStageValueAsync(widget, new StageValueRequest("production", 0.3m, "PCR"), default)).Result.ShouldBeOfType<ValidationProblem>();
        (await w.Products.SetStageValueAsync(widget, new StageValueRequest("distribution", 0.3m, "PCR 預設運輸情境"), default)).Result
            .ShouldBeOfType<Ok<ProductStageValue>>();

        var s = ProductFootprints.Snapshot((await w.Footprints.ComputeAsync(widget, w.Db.InventoryYears.Single().Id, default)).Version!);

        (s.CradleToGateKg, s.TotalKg).ShouldBe((10.87m, 11.17m));
        s.ByStage.Select(f => f.Key).ShouldBe(["raw_material", "production", "distribution"]);
    }

    [Fact]
    public async Task ComputeAllAsync_AllocationsOfAFacility_SumExactlyToItsTotal()
    {
        var (w, _, _) = await WidgetWorldAsync();
        await using var _w = w;

        var all = (await w.Footprints.ComputeAllAsync(w.Db.InventoryYears.Single().Id, default))!;

        all.Issues.ShouldBeEmpty();
        all.Facilities.ShouldHaveSingleItem().Kilograms.ShouldBe(4740m);
        all.Footprints.SelectMany(f => f.Allocations).Sum(a => a.AllocatedKg).ShouldBe(4740m);
        var part = all.Footprints.Single(f => f.ProductCode == "PART");
        (part.Scrap, part.Allocations.Single().AllocatedKg).ShouldBe((120m, 2844m)); // scrap recorded, not a share: 3,000 of 5,000 kg
    }

    [Fact]
    public async Task LockedVersion_InventoryFactorSetChanged_KeepsItsFiguresWhileANewDraftMoves()
    {
        var (w, widget, _) = await WidgetWorldAsync(naturalGasM3: 5000m);
        await using var _w = w;
        var year = await w.Db.InventoryYears.SingleAsync();
        var first = (await w.Footprints.ComputeAsync(widget, year.Id, default)).Version!;
        (await w.Footprints.LockAsync(widget, first.Id, default)).Result.ShouldBeOfType<Ok<ProductFootprintVersion>>();
        var (lockedKg, lockedJson) = (first.KgCo2ePerUnit, first.ResultJson);

        year.FactorSetId = "moenv-2024"; // a newer factor set: other heat values and factors for natural gas
        await w.Db.SaveChangesAsync();
        var second = (await w.Footprints.ComputeAsync(widget, year.Id, default)).Version!;

        second.Version.ShouldBe(2);
        second.KgCo2ePerUnit.ShouldNotBe(lockedKg); // the reference data did change the figure…
        w.Db.ChangeTracker.Clear();
        var locked = (await w.Footprints.FindAsync(widget, first.Id, default))!.Value;
        (locked.Version.KgCo2ePerUnit, locked.Version.ResultJson, locked.Snapshot.FactorSetId).ShouldBe((lockedKg, lockedJson, "moenv-6.0.4")); // …not the locked one
        (await w.Footprints.LockAsync(widget, first.Id, default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(409);
    }

    [Fact]
    public async Task PublishAsync_LockedVersion_PublishesItsSnapshotAsPact_AndADraftIsRefused()
    {
        var (w, widget, _) = await WidgetWorldAsync();
        await using var _w = w;
        var year = await w.Db.InventoryYears.SingleAsync();
        var stated = new ProductRequest("WIDGET", "WIDGET", "piece", 2m, null, null) { DqrTechnological = 2m, DqrTemporal = 1m, DqrGeographical = 1.5m };
        (await w.Products.UpdateAsync(widget, stated with { DqrTemporal = 6m }, default)).Result.ShouldBeOfType<ValidationProblem>(); // 1–5 only
        (await w.Products.UpdateAsync(widget, stated, default)).Result.ShouldBeOfType<Ok<Product>>();
        var version = (await w.Footprints.ComputeAsync(widget, year.Id, default)).Version!;
        var publisher = new PactPublisher(w.Db, w.Tenant, new ManualClock(Seed.Time));

        (await w.Footprints.PublishAsync(widget, version.Id, publisher, default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(409);
        await w.Footprints.LockAsync(widget, version.Id, default);
        var published = (await w.Footprints.PublishAsync(widget, version.Id, publisher, default)).Result.ShouldBeOfType<Ok<ProductFootprintVersion>>().Value!;

        var row = await w.Db.PactPublishedFootprints.SingleAsync();
        (row.Id, row.PcfExcludingBiogenicUptake, row.DeclaredUnit).ShouldBe((published.PublishedPactId!.Value, 10.87m, "piece"));
        row.V3Json.ShouldContain("\"pcfExcludingBiogenicUptake\":\"10.87\"", Case.Sensitive); // a decimal as a string (PACT)
        row.ProductIds.ShouldBe(PactIds.Product(widget));
        row.V3Json.ShouldContain("\"name\":\"ecoinvent\",\"version\":\"3.10\"", Case.Sensitive); // the BOM's secondary database
        row.V3Json.ShouldContain("\"technologicalDQR\":\"2\"", Case.Sensitive); // the ratings stated, as stated
        (await w.Footprints.PublishAsync(widget, version.Id, publisher, default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(409);
    }

    /// <summary>The seeded tenant with 10,000 kWh (and optionally natural gas) in 2024, WIDGET and PART as in the class summary.</summary>
    private async Task<(ProductWorld World, Guid Widget, Guid Part)> WidgetWorldAsync(decimal naturalGasM3 = 0m)
    {
        var tenant = await Seed.TenantAsync(fixture, amount: 10_000m);
        if (naturalGasM3 > 0m)
        {
            await using var db = fixture.CreateContext(tenant.OrganisationId);
            var source = new EmissionSource
            {
                InventoryYearId = tenant.InventoryYearId, FacilityId = tenant.FacilityId, Process = "熱處理", Equipment = "鍋爐", SourceType = SourceType.Stationary,
                MaterialKey = "natural_gas", Category = 1, Gases = "CO2,CH4,N2O",
            };
            db.AddRange(source, new ActivityEntry { EmissionSource = source, Year = 2024, Month = 2, Amount = naturalGasM3, Unit = "立方公尺", DataSourceMethod = "帳單" });
            await db.SaveChangesAsync();
        }

        var w = ProductWorld.For(fixture, tenant);
        var widget = await ProductAsync(w, "WIDGET", "piece", 2m);
        var part = await ProductAsync(w, "PART", "kg");
        await w.Products.SetOutputAsync(widget, new OutputRequest(tenant.InventoryYearId, tenant.FacilityId, 1000m, null, null), default);
        await w.Products.SetOutputAsync(part, new OutputRequest(tenant.InventoryYearId, tenant.FacilityId, 3000m, null, 120m), default);
        await w.Products.AddBomLineAsync(widget, Own(part, 0.5m, "kg"), default);
        await w.Products.AddBomLineAsync(widget, Secondary("鋁材", 1m, "kg", 8.5m), default);
        return (w, widget, part);
    }
}

public sealed class SqliteProductFootprintsTests(SqliteFixture fixture) : ProductFootprintsTests<SqliteFixture>(fixture);

public sealed class PostgresProductFootprintsTests(PostgresFixture fixture) : ProductFootprintsTests<PostgresFixture>(fixture);
