using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Tariffs;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Members;
using Tanpan.Web.Tests.Support;

namespace Tanpan.Web.Tests.Features.Tariffs;

/// <summary>The pages /tariffs/plans, /tariffs/plans/new and /tariffs/plans/{id}: plain posts over the same handlers as the API.</summary>
public abstract class TariffPlanPagesTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static async Task<(Guid Organisation, HttpClient Client)> EditorAsync(AccountsApp app, MembershipRole role = MembershipRole.Editor)
    {
        var organisationId = await app.SeedOrganisationAsync();
        return (organisationId, await MembersPagesTests<TFixture>.PageClientAsync(app, await app.SeedUserAsync(false, (organisationId, role))));
    }

    [Fact]
    public async Task New_TypedPlan_IsSavedAndShown_ThenListed()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (organisation, client) = await EditorAsync(app);

        var response = await MembersPagesTests<TFixture>.PostAsync(client, "/tariffs/plans/new", "tariff-plan", ("Input.Csv", TariffPlanCsv.Plan()));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = fixture.CreateContext(organisation);
        var id = (await db.OrganisationTariffPlans.SingleAsync()).Id;
        response.Headers.Location!.ToString().ShouldEndWith($"/tariffs/plans/{id}?saved=1");
        var page = await MembersPagesTests<TFixture>.PageAsync(client, $"/tariffs/plans/{id}?saved=1");
        page.ShouldContain("<dd id=\"plan-id\">my_plan</dd>");
        page.ShouldContain("16:00-22:00");
        (await MembersPagesTests<TFixture>.PageAsync(client, "/tariffs/plans")).ShouldContain($"<a href=\"/tariffs/plans/{id}\">my_plan</a>");
    }

    [Fact]
    public async Task New_BadPlan_ListsProblemsInEnglish_KeepsTheText_AndSavesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (organisation, client) = await EditorAsync(app);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var response = await MembersPagesTests<TFixture>.PostAsync(client, "/tariffs/plans/new", "tariff-plan", ("Input.Csv", TariffPlanCsv.Bad()));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("<li>line 3: period must be peak, semi_peak, off_peak or flat</li>");
        html.ShouldContain("bad_plan,壞方案,summer,,weekday,peek,09:00-16:00,abc,high");
        await using var db = fixture.CreateContext(organisation);
        (await db.OrganisationTariffPlans.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Detail_UploadedNewVersion_RaisesTheVersion_AndDeleteWhileUsedShowsTheMeter()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (organisation, client) = await EditorAsync(app);
        (await MembersPagesTests<TFixture>.PostAsync(client, "/tariffs/plans/new", "tariff-plan", ("Input.Csv", TariffPlanCsv.Plan()))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = fixture.CreateContext(organisation);
        var plan = await db.OrganisationTariffPlans.SingleAsync();
        var facility = new Facility { Id = Guid.CreateVersion7(), Name = "一廠" };
        db.Facilities.Add(facility);
        db.Meters.Add(new Meter
        {
            Id = Guid.CreateVersion7(), FacilityId = facility.Id, Name = "冰水主機", EnergyType = "electricity", Unit = "kWh", Kind = MeterValues.Interval,
            IntervalMinutes = 15, TariffPlanId = "my_plan", CreatedAt = Seed.Time,
        });
        await db.SaveChangesAsync();

        var replaced = await MembersPagesTests<TFixture>.PostAsync(client, $"/tariffs/plans/{plan.Id}", "tariff-plan", ("Input.Csv", TariffPlanCsv.Plan(peak: 12m)));
        var deleted = await MembersPagesTests<TFixture>.PostAsync(client, $"/tariffs/plans/{plan.Id}", "delete-tariff-plan", ("Delete", "1"), ("__confirmed", "yes"));

        replaced.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await MembersPagesTests<TFixture>.PageAsync(client, $"/tariffs/plans/{plan.Id}");
        page.ShouldContain("<dd id=\"plan-version\">2</dd>");
        page.ShouldContain("<dd id=\"meters-using\">冰水主機</dd>");
        WebUtility.HtmlDecode(await deleted.Content.ReadAsStringAsync()).ShouldContain("冰水主機");
        (await db.OrganisationTariffPlans.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task New_UploadedFile_TakesThePlaceOfTheText()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (organisation, client) = await EditorAsync(app);
        var page = await client.GetStringAsync(new Uri("/tariffs/plans/new", UriKind.Relative));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Antiforgery.Token(page)), Antiforgery.FieldName },
            { new StringContent("tariff-plan"), "_handler" },
            { new StringContent("ignored"), "Input.Csv" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(TariffPlanCsv.Plan("from_file"))), "file", "plan.csv" },
        };

        var response = await client.PostAsync(new Uri("/tariffs/plans/new", UriKind.Relative), form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        await using var db = fixture.CreateContext(organisation);
        (await db.OrganisationTariffPlans.SingleAsync()).PlanId.ShouldBe("from_file");
    }

    [Fact]
    public async Task Viewer_SeesTheListButNoForm_AndCannotOpenNew()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (_, client) = await EditorAsync(app, MembershipRole.Viewer);

        (await MembersPagesTests<TFixture>.PageAsync(client, "/tariffs/plans")).ShouldNotContain("id=\"add-plan\"");
        (await client.GetAsync(new Uri("/tariffs/plans/new", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task MeterForm_OffersShippedAndOwnPlans()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (_, client) = await EditorAsync(app);
        (await MembersPagesTests<TFixture>.PostAsync(client, "/tariffs/plans/new", "tariff-plan", ("Input.Csv", TariffPlanCsv.Plan()))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await MembersPagesTests<TFixture>.PageAsync(client, "/meters/new");

        page.ShouldContain("<option value=\"high_voltage_three_stage\"");
        page.ShouldContain("<option value=\"my_plan\">自訂三段式 (my_plan, v1)</option>");
    }
}

public sealed class SqliteTariffPlanPagesTests(SqliteFixture fixture) : TariffPlanPagesTests<SqliteFixture>(fixture);

public sealed class PostgresTariffPlanPagesTests(PostgresFixture fixture) : TariffPlanPagesTests<PostgresFixture>(fixture);
