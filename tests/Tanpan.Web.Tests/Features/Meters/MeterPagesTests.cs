using System.Net;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using static Tanpan.Web.Tests.Features.Meters.MeterWorld;
using Tanpan.Web.Features.Meters.Ingest;

namespace Tanpan.Web.Tests.Features.Meters;

/// <summary>/meters, /meters/new, /meters/{id}, /meters/gateways: static forms over the same API methods.</summary>
public abstract class MeterPagesTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task NewMeterPage_BadSubmit_KeepsInputAndShowsFieldMessage_GoodSubmitCreatesIt()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        Dictionary<string, string> fields = new()
        {
            ["Input.FacilityId"] = world.Facility.Id.ToString(), ["Input.Name"] = "二廠總表", ["Input.EnergyType"] = "electricity", ["Input.Unit"] = "kWh",
            ["Input.Kind"] = "interval", ["Input.IntervalMinutes"] = "0",
        };

        var bad = await PageForm.HtmlAsync(await PageForm.PostAsync(world.Client, "/meters/new", "meter", fields));
        fields["Input.IntervalMinutes"] = "15";
        var good = await PageForm.PostAsync(world.Client, "/meters/new", "meter", fields);

        bad.ShouldContain("間隔須為 1 至 1440 分鐘。");
        bad.ShouldContain("value=\"二廠總表\"");
        good.StatusCode.ShouldBe(HttpStatusCode.OK);
        good.RequestMessage!.RequestUri!.AbsolutePath.ShouldNotBe("/meters/new");   // redirected to the new meter's page
        var list = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri("/meters", UriKind.Relative)));
        list.ShouldContain("二廠總表");
        list.ShouldContain(">電表</a>");
    }

    [Fact]
    public async Task MeterPage_ShowsRecentReadingsInTaipeiTime_ConflictsAndIncompleteMonths()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var meter = await world.CreateMeterAsync();
        using var gateway = world.Gateway(await world.CreateKeyAsync());
        await PushAsync(gateway, (meter.Name, "2026-01-01T00:15:00Z", 1.5));
        await PushAsync(gateway, (meter.Name, "2026-01-01T00:15:00Z", 7.25));

        var html = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/meters/{meter.Id}", UriKind.Relative)));

        html.ShouldContain("2026-01-01 08:15");   // 00:15 UTC shown in Asia/Taipei
        html.ShouldContain("7.250");
        html.ShouldContain("資料不完整");
    }

    /// <summary>Issue 15 item 6: a correction that is not a number is refused next to that reading, keeping what was typed, and changes nothing.</summary>
    [Fact]
    public async Task ReadingsPage_CorrectionNotANumber_ShowsTheMessageByThatReading_AndKeepsTheReading()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var meter = await world.CreateMeterAsync();
        using var gateway = world.Gateway(await world.CreateKeyAsync());
        await PushAsync(gateway, (meter.Name, "2026-01-01T00:15:00Z", 1.5), (meter.Name, "2026-01-01T00:30:00Z", 2.5));
        var path = $"/meters/{meter.Id}/readings?date=2026-01-01";
        var second = Unix("2026-01-01T00:30:00Z");

        var html = await PageForm.HtmlAsync(await PageForm.PostAsync(world.Client, path, "correct-reading", new()
        {
            [$"Change.Values[{second}]"] = "二點五", ["Change.Command"] = $"correct:{second}",
        }));

        Ui.FieldMessages.MessageFor(html, $"Change.Values[{second}]").ShouldBe("請輸入數字。");
        Ui.FieldMessages.Keeps(html, $"Change.Values[{second}]", "二點五").ShouldBeTrue();
        Ui.FieldMessages.MessageFor(html, $"Change.Values[{Unix("2026-01-01T00:15:00Z")}]").ShouldBeNull();   // only the reading corrected
        var page = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri(path, UriKind.Relative)));
        page.ShouldContain("value=\"2.5\"");   // unchanged
    }

    [Fact]
    public async Task GatewaysPage_CreateShowsTheKeyOnce_RevokeStopsIt()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);

        var created = await PageForm.HtmlAsync(await PageForm.PostAsync(world.Client, "/meters/gateways", "gateway-key", new() { ["NewKey.Name"] = "屋頂閘道器" }));
        var key = System.Text.RegularExpressions.Regex.Match(created, "<code id=\"new-key\">(gk_[^<]+)</code>").Groups[1].Value;
        var again = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri("/meters/gateways", UriKind.Relative)));
        await using (var db = fixture.CreateContext(world.World.OrganisationId))
        {
            var id = (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.GatewayKeys)).Id;
            await PageForm.PostAsync(world.Client, "/meters/gateways", "revoke-key", new() { ["Revoke.Id"] = id.ToString() });
        }

        key.ShouldStartWith("gk_");
        again.ShouldContain("屋頂閘道器");
        again.ShouldNotContain(key);
        using var gateway = world.Gateway(key);
        (await PushAsync(gateway, ("x", "2026-01-01T00:15:00Z", 1))).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Viewer_SeesMetersReadOnly_AndCannotOpenGatewayKeys()
    {
        await using var app = AccountsApp.Shared(fixture);
        var owner = await MeterWorld.CreateAsync(app);
        var meter = await owner.CreateMeterAsync();
        using var viewer = await owner.World.MemberAsync(MembershipRole.Viewer);

        var page = await PageForm.HtmlAsync(await viewer.GetAsync(new Uri($"/meters/{meter.Id}", UriKind.Relative)));
        var keys = await viewer.GetAsync(new Uri("/meters/gateways", UriKind.Relative));

        page.ShouldContain("fieldset disabled");
        keys.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
