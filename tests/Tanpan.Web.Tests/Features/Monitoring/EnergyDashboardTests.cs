using System.Net;
using System.Net.Http.Json;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Features.Monitoring;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;
using Tanpan.Web.Tests.Features.Members;
using static Tanpan.Web.Tests.Features.Monitoring.MonitoringWorld;

namespace Tanpan.Web.Tests.Features.Monitoring;

/// <summary>Dashboards over stored readings: hand-checked cost and peak figures, the facility sum, SVG with titles and tables, 404 for others.</summary>
public abstract class EnergyDashboardTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private async Task<(InventoryWorld World, Guid FacilityId, Meter Meter)> MeterWithDayAsync(AccountsApp app)
    {
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var meter = await MeterAsync(fixture, world.OrganisationId, facility.Id);
        await ReadingsAsync(fixture, meter, SummerTuesday());
        return (world, facility.Id, meter);
    }

    [Fact]
    public async Task MeterDashboard_CostsTheDayByPeriod_AndShowsPeakDemand()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, _, meter) = await MeterWithDayAsync(app);

        var d = (await world.Client.GetFromJsonAsync<EnergyDashboard>($"/api/v1/meters/{meter.Id}/dashboard?date=2025-07-15", AccountsApp.Json))!;

        d.DayQuarters.Sum().ShouldBe(98);
        d.DayQuarters[68].ShouldBe(3); // 17:00–17:15
        d.WeekHours.Take(6 * 24).ShouldAllBe(h => h == null); // 7/9–7/14: no readings, shown as gaps
        var july = d.Months[^1];
        (july.Year, july.Month, july.Kwh, july.PeakKw).ShouldBe((2025, 7, 98d, 12d));
        // 16–22 peak: 24 quarters + 2 extra kWh = 26 × 9.39; 09–16 & 22–24 semi-peak 36 × 5.85; 00–09 off-peak 36 × 2.53.
        july.Periods.Single(p => p.Period == "peak").EnergyChargeNtd.ShouldBe(244.14m);
        july.EnergyChargeNtd.ShouldBe(545.82m);
        july.BasicChargeNtd.ShouldBe(22360m); // 100 kW × 223.6 (high voltage, summer)
        d.Months.Count.ShouldBe(12);
        d.Months[0].PeakKw.ShouldBeNull();
    }

    [Fact]
    public async Task FacilityEnergy_SumsItsElectricityMeters()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, facilityId, _) = await MeterWithDayAsync(app);
        var second = await MeterAsync(fixture, world.OrganisationId, facilityId, "空壓機", capacityKw: 50m);
        await ReadingsAsync(fixture, second, SummerTuesday());

        var d = (await world.Client.GetFromJsonAsync<EnergyDashboard>($"/api/v1/facilities/{facilityId}/energy?date=2025-07-15", AccountsApp.Json))!;

        d.Months[^1].Kwh.ShouldBe(196);
        d.Months[^1].PeakKw.ShouldBe(24);
        d.ContractCapacityKw.ShouldBe(150m);
        d.Months[^1].EnergyChargeNtd.ShouldBe(2 * 545.82m);
    }

    [Fact]
    public async Task Api_BadDate_IsRefused_AndAnotherOrganisationsMeterIs404()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, _, meter) = await MeterWithDayAsync(app);
        var other = await InventoryWorld.CreateAsync(app);

        (await world.Client.GetAsync(new Uri($"/api/v1/meters/{meter.Id}/dashboard?date=15/07/2025", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await other.Client.GetAsync(new Uri($"/api/v1/meters/{meter.Id}/dashboard", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Page_RendersAccessibleSvgChartsWithTables()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, facilityId, meter) = await MeterWithDayAsync(app);
        var owner = await app.SeedUserAsync(false, (world.OrganisationId, MembershipRole.Viewer));
        var client = await MembersPagesTests<TFixture>.PageClientAsync(app, owner);

        var html = await MembersPagesTests<TFixture>.PageAsync(client, $"/meters/{meter.Id}/dashboard?date=2025-07-15");

        foreach (var chart in new[] { "chart-day", "chart-week", "chart-heat", "chart-months", "chart-peak" })
        {
            html.ShouldContain($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"{chart}\"");
            html.ShouldContain($"aria-labelledby=\"{chart}-title {chart}-desc\"");
        }

        html.ShouldContain("<title id=\"chart-day-title\">2025-07-15 的負載曲線（每 15 分鐘）</title>");
        html.ShouldContain("id=\"table-cost\"");
        html.ShouldContain("<td>22,360</td>");
        html.ShouldNotContain("<script");
        var facility = await MembersPagesTests<TFixture>.PageAsync(client, $"/facilities/{facilityId}/energy?date=2025-07-15");
        facility.ShouldContain("示範工廠 的用電（所有電表合計）");
    }

    [Fact]
    public async Task Page_AnotherOrganisationsMeterOrFacility_Is404()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (_, facilityId, meter) = await MeterWithDayAsync(app);
        var other = await InventoryWorld.CreateAsync(app);
        var stranger = await app.SeedUserAsync(false, (other.OrganisationId, MembershipRole.Owner));
        var client = await MembersPagesTests<TFixture>.PageClientAsync(app, stranger);

        (await client.GetAsync(new Uri($"/meters/{meter.Id}/dashboard", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(new Uri($"/facilities/{facilityId}/energy", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteEnergyDashboardTests(SqliteFixture fixture) : EnergyDashboardTests<SqliteFixture>(fixture);

public sealed class PostgresEnergyDashboardTests(PostgresFixture fixture) : EnergyDashboardTests<PostgresFixture>(fixture);
