using System.Net;
using System.Net.Http.Json;
using Tanpan.Core.Inventory;
using Tanpan.Documents.Tests.Support;
using Tanpan.Testing;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>
/// The structural-change half of the base-year rule: facilities added or removed since the base year, their share of
/// the base-year emissions against the threshold, on the API, the recalculate page and in the report's base-year chapter.
/// </summary>
public abstract class BaseYearStructureTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Check_FacilityRemovedAndAddedAboveTheThreshold_FlagsARecalculation()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (a, b, c) = (await FacilityAsync(world, "甲廠"), await FacilityAsync(world, "乙廠"), await FacilityAsync(world, "丙廠"));
        var baseYear = await InventoryAsync(world, 2020, isBaseYear: true, (a, 1_000_000m), (b, 100_000m));
        var now = await InventoryAsync(world, 2021, isBaseYear: false, (a, 1_000_000m), (c, 30_000m));

        var check = (await world.Client.GetFromJsonAsync<StructuralChangeCheck>($"/api/v1/inventories/{now}/base-year", AccountsApp.Json))!;

        (check.BaseYearId, check.BaseYear, check.ThresholdPercent, check.RecalculationRequired).ShouldBe((baseYear, 2020, 5m, true));
        check.Facilities.Select(f => (f.Facility, f.Change)).ShouldBe([("乙廠", "removed"), ("丙廠", "added")]);
        // shares of the base-year total, each facility's emissions in the year it emitted (the factor is per year)
        var (was, current) = (await ResultsApiClient.GetAsync(world.Client, baseYear), await ResultsApiClient.GetAsync(world.Client, now));
        var removed = was.ByFacility.Single(f => f.Key == "乙廠").Kilograms / was.TotalKilograms * 100m;
        var added = current.ByFacility.Single(f => f.Key == "丙廠").Kilograms / was.TotalKilograms * 100m;
        check.Facilities.Select(f => f.SharePercent).ShouldBe([removed, added]);
        check.ChangedSharePercent.ShouldBe(removed + added);
        check.ChangedSharePercent.ShouldBeGreaterThan(5m);

        var page = ResultsHtml.Text(await ResultsHtml.GetAsync(world.Client, $"/inventories/{now}/recalculate"));
        page.ShouldContain("與基準年（2020）相比的組織結構變化");
        page.ShouldContain($"新增或移除的廠區占基準年排放量 {(check.ChangedSharePercent / 100m).ToString("0.0%", System.Globalization.CultureInfo.GetCultureInfo("zh-TW"))}，超過 5% 門檻：基準年應重新計算。");
        page.ShouldContain("乙廠");

        using var dir = new TempDirectory();
        var response = await world.Client.GetAsync(new Uri($"/api/v1/inventories/{now}/report.docx?lang=en", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = DocumentText.Load(dir.WriteBytes("report.docx", await response.Content.ReadAsByteArrayAsync())).Projection;
        report.ShouldContain("Compared with the base year 2020, facilities added or removed: 乙廠 (removed");
        report.ShouldContain("above the 5% threshold: the base year should be recalculated.");
    }

    [Fact]
    public async Task Check_SameFacilitiesOrASmallAddition_IsWithinTheThreshold()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (a, c) = (await FacilityAsync(world, "甲廠"), await FacilityAsync(world, "丙廠"));
        await InventoryAsync(world, 2020, isBaseYear: true, (a, 1_000_000m));
        var now = await InventoryAsync(world, 2021, isBaseYear: false, (a, 2_000_000m), (c, 40_000m));   // 4 % of the base year

        var check = (await world.Client.GetFromJsonAsync<StructuralChangeCheck>($"/api/v1/inventories/{now}/base-year", AccountsApp.Json))!;

        (check.RecalculationRequired, check.Facilities.Single().Facility, check.Facilities.Single().Change).ShouldBe((false, "丙廠", "added"));
        check.ChangedSharePercent.ShouldBeInRange(3m, 5m); // about 4 %: 40,000 kWh against 1,000,000 (the factor differs a little by year)
        ResultsHtml.Text(await ResultsHtml.GetAsync(world.Client, $"/inventories/{now}/recalculate"))
            .ShouldContain($"新增或移除的廠區占基準年排放量 {(check.ChangedSharePercent / 100m).ToString("0.0%", System.Globalization.CultureInfo.GetCultureInfo("zh-TW"))}，未超過 5% 門檻。");
    }

    [Fact]
    public async Task Check_NoBaseYear_NamesNone_AndAnotherOrganisationsInventoryIs404()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var now = (await world.CreateInventoryAsync(2021)).Id;
        var stranger = await InventoryWorld.CreateAsync(app);

        var check = (await world.Client.GetFromJsonAsync<StructuralChangeCheck>($"/api/v1/inventories/{now}/base-year", AccountsApp.Json))!;

        (check.BaseYear, check.RecalculationRequired, check.Facilities.Count).ShouldBe(((int?)null, false, 0));
        (await stranger.Client.GetAsync(new Uri($"/api/v1/inventories/{now}/base-year", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<Guid> FacilityAsync(InventoryWorld world, string name) => (await world.CreateFacilityAsync<FacilityResponse>(name)).Id;

    private static async Task<Guid> InventoryAsync(InventoryWorld world, int year, bool isBaseYear, params (Guid Facility, decimal Kwh)[] sources)
    {
        var inventory = await world.PostAsync<InventoryResponse>("/api/v1/inventories", new { year, boundary = "OperationalControl", isBaseYear });
        foreach (var (facility, kwh) in sources)
        {
            var source = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility, sourceType = "外購電力", material = "外購電力" });
            await world.CreateActivityAsync(inventory.Id, source.Id, new { year, amount = kwh, unit = "度" });
        }

        return inventory.Id;
    }
}

public sealed class SqliteBaseYearStructureTests(SqliteFixture fixture) : BaseYearStructureTests<SqliteFixture>(fixture);

public sealed class PostgresBaseYearStructureTests(PostgresFixture fixture) : BaseYearStructureTests<PostgresFixture>(fixture);
