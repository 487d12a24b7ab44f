using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Sources;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Cbam;
using Tanpan.Web.Features.Inventories;
using Tanpan.Testing;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Cbam;

/// <summary>
/// CBAM goods from the organisation's data (issue 19 items 1, 2 and 7), on SQLite and PostgreSQL. The hand-worked chain:
/// wire rod (CN 7213 91 10) made from 210 t of crude steel bought at Taiwan's default value (7207 11 14: 2.298 tCO2e/t,
/// IR (EU) 2025/2621 Annex I) with 100 t of its own direct emissions over 200 t: SEE = (100 + 210 × 2.298) / 200 = 2.9129.
/// Bolts (CN 7318 15 88) made from 105 t of that wire rod with 20 t of their own over 100 t:
/// SEE = (20 + 105 × 2.9129) / 100 = 3.258545 tCO2e/t, against Taiwan's default 2.707 × 1.10 = 2.9777 in 2026.
/// </summary>
public abstract class CbamServiceTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task See_HandWorkedBoltsFromOwnWireRodAndDefaultCrudeSteel()
    {
        var (w, _, rod, bolts) = await BoltsWorldAsync();
        await using var _w = w;

        var year = await w.Calculation.ComputeAsync(2024, default);

        year.Issues.ShouldBeEmpty();
        year.Goods[rod].See!.SeeDirect.ShouldBe(2.9129m);
        var b = year.Goods[bolts];
        (b.See!.SeeDirect, b.See.SeeTotal, b.See.IndirectCounts).ShouldBe((3.258545m, 3.258545m, false));   // iron and steel: direct only
        b.See.Trace.Single(t => t.Key == "precursor.embedded_dir").Value.ShouldBe(105m * 2.9129m);
        (b.Default!.MarkupPercent, b.Default.MarkedUp, b.Default.Value.IsFallback).ShouldBe((10m, 2.9777m, false));   // acceptance check 4
    }

    [Fact]
    public async Task See_DirectAndIndirectSharesOfTheFacilitysInventory()
    {
        // The seeded facility bought 10,000 kWh in 2024 (category 2: × 0.474 = 4.74 t) and burnt natural gas (category 1).
        var tenant = await Seed.TenantAsync(fixture, amount: 10_000m);
        await AddNaturalGasAsync(tenant, 50_000m);
        await using var w = CbamWorld.For(fixture, tenant);
        var installation = await InstallationAsync(w, tenant.FacilityId);
        // Grey clinker (2523 10 00 90): cement goods count indirect emissions (not an Annex II good).
        var clinker = await GoodAsync(w, installation, new GoodRequest("2523100090", null, 2024, 1_000m, 50m, null, 100m, 400m));

        var year = await w.Calculation.ComputeAsync(2024, default);

        var inventory = await w.Db.InventoryYears.SingleAsync();
        var (results, _) = await ResultsCalculation.RunAsync(inventory.Id, inventory.FactorSetId, inventory.GwpSetId, w.Db, Core.Factors.FactorLibrary.Shipped, default);
        var direct = results!.ByCategory.Single(c => c.Key == "1").Kilograms / 1000m;
        direct.ShouldBeGreaterThan(90m);   // 50,000 m³ of natural gas ≈ 100 t: the share below is not of zero
        var see = year.Goods[clinker].See!;
        see.AttributedDirectTonnes.ShouldBe(direct * 0.5m);
        see.AttributedIndirectTonnes.ShouldBe(4.74m);
        (see.SeeDirect, see.SeeIndirect, see.IndirectCounts).ShouldBe((direct * 0.5m / 1_000m, 0.00474m, true));
        see.SeeTotal.ShouldBe(see.SeeDirect + 0.00474m);
        year.Inventory!.FactorSetId.ShouldBe(inventory.FactorSetId);   // traced to the inventory's pinned set
        year.Goods[clinker].Default!.Value.Total.ShouldBe(0.86m);   // the table's total for 2523 10 00 90 (0.83 + 0.04, printed 0.86)
    }

    [Fact]
    public async Task AddPrecursor_OwnGoodThatAlreadyUsesThisGood_IsRefusedAsALoop()
    {
        var (w, _, rod, bolts) = await BoltsWorldAsync();
        await using var _w = w;

        var refused = (await w.Cbam.AddPrecursorAsync(rod, new PrecursorRequest("7318 15 88", 1m, PrecursorSources.Own, bolts, null, null, null), default)).Result;

        Errors(refused).ShouldContainKey("ownGoodId");
        (await w.Db.CbamPrecursors.CountAsync()).ShouldBe(2);   // nothing saved
        var self = (await w.Cbam.AddPrecursorAsync(rod, new PrecursorRequest("7213 91 10", 1m, PrecursorSources.Own, rod, null, null, null), default)).Result;
        Errors(self).ShouldContainKey("ownGoodId");
    }

    [Fact]
    public async Task CreateGood_BadInput_NamesEveryFieldAndSavesNothing()
    {
        var tenant = await Seed.TenantAsync(fixture);
        await using var w = CbamWorld.For(fixture, tenant);
        var installation = await InstallationAsync(w, tenant.FacilityId);

        var notCbam = (await w.Cbam.CreateGoodAsync(installation, new GoodRequest("8471 30 00", null, 2024, -5m, 10m, 3m, null, -1m), default)).Result;
        var malformed = (await w.Cbam.CreateGoodAsync(installation, new GoodRequest("73A8", null, 1999, 1m, null, null, 101m, 0m), default)).Result;

        Errors(notCbam).Keys.ShouldBe(["activityLevelT", "cnCode", "directEmissionsT", "exportedT"], ignoreOrder: true);
        Errors(notCbam)["cnCode"].Single().ShouldContain("不是 CBAM 涵蓋的貨品（歐盟 2023/956 號規則附件一）");
        Errors(malformed).Keys.ShouldBe(["cnCode", "directSharePct", "indirectSharePct", "year"], ignoreOrder: true);
        (await w.Db.CbamGoods.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Goods_OfAnotherOrganisation_AreNotFoundAndCannotBeChanged()
    {
        var (w, _, rod, _) = await BoltsWorldAsync();
        await using var _w = w;
        var other = await Seed.TenantAsync(fixture);
        await using var o = CbamWorld.For(fixture, other);

        (await o.Cbam.FindGoodAsync(rod, default)).ShouldBeNull();
        (await o.Cbam.GoodsAsync(null, default)).ShouldBeEmpty();
        (await o.Cbam.UpdateGoodAsync(rod, new GoodRequest("7213 91 10", null, 2024, 1m, null, 1m, null, 0m), default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(404);
        (await o.Cbam.DeleteGoodAsync(rod, default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(404);
        (await o.Calculation.ComputeAsync(2024, default)).Goods.ShouldBeEmpty();
        (await w.Db.CbamGoods.IgnoreQueryFilters().SingleAsync(g => g.Id == rod)).ActivityLevelT.ShouldBe(200m);
    }

    [Fact]
    public async Task Viewer_Reads_ButCannotWrite()
    {
        var (w, tenant, rod, _) = await BoltsWorldAsync();
        await using var _w = w;
        await using var viewer = CbamWorld.For(fixture, tenant, MembershipRole.Viewer);

        (await viewer.Cbam.FindGoodAsync(rod, default)).ShouldNotBeNull();
        (await viewer.Cbam.DeleteGoodAsync(rod, default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(403);
    }

    [Fact]
    public async Task DeleteGood_ConsumedByAnother_IsRefused_ThenAllowedOnceThePrecursorIsRemoved()
    {
        var (w, _, rod, bolts) = await BoltsWorldAsync();
        await using var _w = w;

        (await w.Cbam.DeleteGoodAsync(rod, default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(409);
        var line = await w.Db.CbamPrecursors.AsNoTracking().SingleAsync(p => p.GoodId == bolts);
        (await w.Cbam.RemovePrecursorAsync(bolts, line.Id, default)).Result.ShouldBeOfType<NoContent>();
        (await w.Cbam.DeleteGoodAsync(rod, default)).Result.ShouldBeOfType<NoContent>();
        (await w.Db.CbamPrecursors.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Template_WrittenForTheInstallation_ReadsBackTheSameSee_AndImportsAsASupplierPrecursor()
    {
        var (w, tenant, _, bolts) = await BoltsWorldAsync();
        await using var _w = w;
        var installation = (await w.Db.CbamGoods.SingleAsync(g => g.Id == bolts)).InstallationId;

        var file = (await w.Templates.ExportAsync(installation, 2024, default)).Result.ShouldBeOfType<FileContentHttpResult>();

        file.ContentType.ShouldBe(CbamTemplateImports.ContentType);
        using var stream = new MemoryStream(file.FileContents.ToArray());
        var read = Tanpan.Documents.Cbam.CbamTemplateReader.Read(stream);
        read.Errors.ShouldBeEmpty();
        read.Installation!.Name.ShouldBe("Guanyin Plant");
        read.Products.Single(p => p.CnCode.StartsWith("731815", StringComparison.Ordinal)).SeeDirect.ShouldBe(3.258545m);
        read.Products.Single(p => p.CnCode.StartsWith("721391", StringComparison.Ordinal)).SeeDirect.ShouldBe(2.9129m);

        // A customer of ours imports that file: the bolts become its supplier precursor with the same SEE.
        var customer = await Seed.TenantAsync(fixture);
        await using var c = CbamWorld.For(fixture, customer);
        var plant = await InstallationAsync(c, customer.FacilityId);
        var assembly = await GoodAsync(c, plant, new GoodRequest("7326 90 98", null, 2024, 50m, null, 5m, null, 0m));
        stream.Position = 0;
        (await c.Templates.AddPrecursorAsync(assembly, stream, "bolts.xlsx", "7318 15 88", 40m, default)).ShouldBeOfType<Created<CbamPrecursor>>();
        var line = await c.Db.CbamPrecursors.SingleAsync();
        (line.Source, line.SeeDirect, line.Supplier, line.MassT).ShouldBe((PrecursorSources.Supplier, 3.258545m, "Guanyin Plant", 40m));
        (await c.Calculation.ComputeAsync(2024, default)).Goods[assembly].See!.SeeDirect.ShouldBe((5m + 40m * 3.258545m) / 50m);
    }

    [Fact]
    public async Task TemplateImport_NotAWorkbook_IsRefusedAndSavesNothing()
    {
        var (w, _, _, bolts) = await BoltsWorldAsync();
        await using var _w = w;
        using var junk = new MemoryStream("cn_code,see\n73181588,1.0\n"u8.ToArray());

        var refused = await w.Templates.AddPrecursorAsync(bolts, junk, "see.csv", null, 10m, default);

        Errors(refused).ShouldContainKey("template");
        (await w.Db.CbamPrecursors.CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task PactFootprint_OfTheSupplier_BecomesThePrecursorsSeePerTonne()
    {
        var (w, _, _, bolts) = await BoltsWorldAsync();
        await using var _w = w;
        var pact = new CbamPactPrecursors(w.Cbam);
        // data/pact/fixtures (pact-demo-api-ts): 1.75 kg CO2e per liter, 0.85 kg per liter → 1.75 / 0.85 kg per kg = t per t.
        var json = await File.ReadAllBytesAsync(RepositoryRoot.Combine("data", "pact", "fixtures", "v3-b1f8c0d2-7c4e-4e67-9a9c-2e4c12345678.json"));

        using var noCn = new MemoryStream(json);
        Errors(await pact.AddAsync(bolts, noCn, null, 10m, default)).ShouldContainKey("templateCn");   // the fixture names no CN code
        using var file = new MemoryStream(json);
        (await pact.AddAsync(bolts, file, "7601 10 00", 10m, default)).ShouldBeOfType<Created<CbamPrecursor>>();

        var line = await w.Db.CbamPrecursors.SingleAsync(p => p.Source == PrecursorSources.Pact);
        (line.CnCode, line.SeeDirect, line.Supplier, line.Evidence).ShouldBe(("76011000", 1.75m / 0.85m, "Acme Corp", "PACT b1f8c0d2-7c4e-4e67-9a9c-2e4c12345678"));
        using var broken = new MemoryStream("{\"pcf\": 1"u8.ToArray());
        Errors(await pact.AddAsync(bolts, broken, "7601 10 00", 10m, default)).ShouldContainKey("template");
        (await w.Db.CbamPrecursors.CountAsync()).ShouldBe(3);
    }

    /// <summary>The seeded tenant with an installation making wire rod and bolts in 2024, as in the class summary.</summary>
    internal async Task<(CbamWorld World, SeededTenant Tenant, Guid Rod, Guid Bolts)> BoltsWorldAsync()
    {
        var tenant = await Seed.TenantAsync(fixture);
        var w = CbamWorld.For(fixture, tenant);
        var installation = await InstallationAsync(w, tenant.FacilityId);
        var rod = await GoodAsync(w, installation, new GoodRequest("7213 91 10", "C", 2024, 200m, null, 100m, null, 0m));
        var bolts = await GoodAsync(w, installation, new GoodRequest("7318 15 88", "C", 2024, 100m, null, 20m, null, 100m));
        (await w.Cbam.AddPrecursorAsync(rod, new PrecursorRequest("7207 11 14", 210m, PrecursorSources.Default, null, null, null, null), default))
            .Result.ShouldBeOfType<Created<CbamPrecursor>>();
        (await w.Cbam.AddPrecursorAsync(bolts, new PrecursorRequest("7213 91 10", 105m, PrecursorSources.Own, rod, null, null, null), default))
            .Result.ShouldBeOfType<Created<CbamPrecursor>>();
        return (w, tenant, rod, bolts);
    }

    internal static async Task<Guid> InstallationAsync(CbamWorld w, Guid facilityId) =>
        (await w.Cbam.CreateInstallationAsync(new InstallationRequest(facilityId, "Guanyin Plant", "TWTYN", "No. 1, Industrial Rd., Guanyin, Taoyuan"), default))
            .Result.ShouldBeOfType<Created<CbamInstallation>>().Value!.Id;

    internal static async Task<Guid> GoodAsync(CbamWorld w, Guid installation, GoodRequest request) =>
        (await w.Cbam.CreateGoodAsync(installation, request, default)).Result.ShouldBeOfType<Created<CbamGood>>().Value!.Id;

    private static Dictionary<string, string[]> Errors(IResult result) =>
        result.ShouldBeOfType<ValidationProblem>().ProblemDetails.Errors.ToDictionary(e => e.Key, e => e.Value);

    private async Task AddNaturalGasAsync(SeededTenant tenant, decimal cubicMetres)
    {
        await using var db = fixture.CreateContext(tenant.OrganisationId);
        var source = new EmissionSource
        {
            InventoryYearId = tenant.InventoryYearId, FacilityId = tenant.FacilityId, Process = "熱處理", Equipment = "鍋爐", SourceType = SourceType.Stationary,
            MaterialKey = "natural_gas", Category = 1, Gases = "CO2,CH4,N2O",
        };
        db.AddRange(source, new ActivityEntry { EmissionSource = source, Year = 2024, Month = 2, Amount = cubicMetres, Unit = "立方公尺", DataSourceMethod = "帳單" });
        await db.SaveChangesAsync();
    }
}

public sealed class SqliteCbamServiceTests(SqliteFixture fixture) : CbamServiceTests<SqliteFixture>(fixture);

public sealed class PostgresCbamServiceTests(PostgresFixture fixture) : CbamServiceTests<PostgresFixture>(fixture);
