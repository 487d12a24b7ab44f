using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Meters.Ingest;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;
using Tanpan.Web.Tests.Features.Meters;
using Tanpan.Web.Tests.Support;

namespace Tanpan.Web.Tests.Features.Home;

/// <summary>
/// Issue 15 point 7: meter readings uploaded as CSV on <c>/meters/upload</c>, through the gateway API's reader, checks and
/// writer: a good file is stored, a file with bad rows reports each by its line number and stores nothing, an oversize
/// file is refused, only owners and editors may upload (a viewer gets 403), and another organisation's meter is unknown.
/// </summary>
public abstract class ReadingsUploadTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Upload_GoodFile_CheckStoresNothing_StoreStoresEveryReading()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var meter = await world.CreateMeterAsync("受電盤總表");
        var csv = "\uFEFFmeter,ts,value\n受電盤總表,2026-01-01T00:15:00+08:00,1.5\n\n受電盤總表,2026-01-01T00:30:00+08:00,2\n"
            + $"{meter.Id},2026-01-01T00:45:00+08:00,2.5\n";

        var (checkStatus, check) = await UploadAsync(world.Client, csv, "check");
        checkStatus.ShouldBe(HttpStatusCode.OK, check);
        ResultsHtml.Text(check).ShouldContain("沒有問題");
        await using (var db = fixture.CreateContext(world.World.OrganisationId))
        {
            (await db.MeterReadings.CountAsync()).ShouldBe(0);
        }

        var (status, html) = await UploadAsync(world.Client, csv, "store");

        status.ShouldBe(HttpStatusCode.OK, html);
        ResultsHtml.Attributes(html, "p class=\"saved\"", "data-stored").ShouldBe(["3"]);
        await using var after = fixture.CreateContext(world.World.OrganisationId);
        (await after.MeterReadings.Where(r => r.MeterId == meter.Id).OrderBy(r => r.TimestampUtc).Select(r => r.Quantity).ToListAsync()).ShouldBe([1.5, 2, 2.5]);
    }

    [Fact]
    public async Task Upload_BadRows_AreListedByLineNumberInBothLanguages_AndNothingIsStored()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        await world.CreateMeterAsync("受電盤總表");
        // line 1 header, 2 good, 3 blank, 4 unknown meter, 5 no offset, 6 not a number, 7 good
        var csv = "meter,ts,value\n受電盤總表,2026-01-01T00:15:00+08:00,1\n\n不存在的電表,2026-01-01T00:30:00+08:00,2\n"
            + "受電盤總表,2026-01-01T00:45:00,3\n受電盤總表,2026-01-01T01:00:00+08:00,abc\n受電盤總表,2026-01-01T01:15:00+08:00,4\n";

        var (status, html) = await UploadAsync(world.Client, csv, "store");

        status.ShouldBe(HttpStatusCode.BadRequest);
        ResultsHtml.Attributes(html, "tr", "data-line").ShouldBe(["4", "5", "6"]);
        var text = ResultsHtml.Text(html);
        text.ShouldContain("找不到電表「不存在的電表」");
        text.ShouldContain("時間須帶時區");
        text.ShouldContain("讀數不是數字");
        text.ShouldContain("整個檔案都沒有儲存");
        await using (var db = fixture.CreateContext(world.World.OrganisationId))
        {
            (await db.MeterReadings.CountAsync()).ShouldBe(0);
        }

        world.Client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var english = ResultsHtml.Text((await UploadAsync(world.Client, csv, "store")).Html);
        english.ShouldContain("No meter \"不存在的電表\" in this organisation.");
        english.ShouldContain("The timestamp needs an offset");
        english.ShouldContain("nothing of the file was stored");
        english.ShouldNotContain("整個檔案");
    }

    [Fact]
    public async Task Upload_ImplausibleReading_IsAProblemOfItsLine_NotQuarantined()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        await world.CreateMeterAsync("受電盤總表");
        var csv = "受電盤總表,2026-01-01T00:15:00+08:00,1\n受電盤總表,2099-01-01T00:30:00+08:00,2\n";

        var (status, html) = await UploadAsync(world.Client, csv, "store");

        status.ShouldBe(HttpStatusCode.BadRequest);
        ResultsHtml.Attributes(html, "tr", "data-line").ShouldBe(["2"]);
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        (await db.MeterReadings.CountAsync()).ShouldBe(0);
        (await db.MeterReadingConflicts.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Upload_OversizeFile_IsRefusedUnread()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        await world.CreateMeterAsync("受電盤總表");
        var row = "受電盤總表,2026-01-01T00:15:00+08:00,1\n";
        var csv = new StringBuilder().Insert(0, row, (int)(ReadingUpload.MaxBytes / Encoding.UTF8.GetByteCount(row)) + 10).ToString();

        var (status, html) = await UploadAsync(world.Client, csv, "store");

        status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        ResultsHtml.Text(html).ShouldContain("檔案超過 4 MB");
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        (await db.MeterReadings.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Upload_ViewerIsRefused_AnotherOrganisationsMeterIsUnknown()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var meter = await world.CreateMeterAsync("受電盤總表");
        var viewer = await world.World.MemberAsync(MembershipRole.Viewer);
        (await viewer.GetAsync(new Uri("/meters/upload", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ResultsHtml.GetAsync(world.Client, "/meters")).ShouldContain("href=\"/meters/upload\"");
        (await ResultsHtml.GetAsync(viewer, "/meters")).ShouldNotContain("href=\"/meters/upload\"");
        // the meter's page lists its sections and links to its dashboard, and to the upload for those who may upload
        var ownersMeterPage = await ResultsHtml.GetAsync(world.Client, $"/meters/{meter.Id}");
        ownersMeterPage.ShouldContain($"href=\"/meters/{meter.Id}/dashboard\"");
        ownersMeterPage.ShouldContain($"href=\"/meters/{meter.Id}#recent\"");
        ownersMeterPage.ShouldContain("href=\"/meters/upload\"");
        (await ResultsHtml.GetAsync(viewer, $"/meters/{meter.Id}")).ShouldNotContain("href=\"/meters/upload\"");

        var other = await MeterWorld.CreateAsync(app);
        var (status, html) = await UploadAsync(other.Client, $"{meter.Id},2026-01-01T00:15:00+08:00,1\n受電盤總表,2026-01-01T00:30:00+08:00,1\n", "store");

        status.ShouldBe(HttpStatusCode.BadRequest);
        ResultsHtml.Attributes(html, "tr", "data-line").ShouldBe(["1", "2"]);
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        (await db.MeterReadings.IgnoreQueryFilters().CountAsync(r => r.MeterId == meter.Id)).ShouldBe(0);
    }

    private static async Task<(HttpStatusCode Status, string Html)> UploadAsync(HttpClient client, string csv, string mode)
    {
        var page = await ResultsHtml.GetAsync(client, "/meters/upload");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Antiforgery.Token(page)), Antiforgery.FieldName },
            { new StringContent("meter-upload"), "_handler" },
            { new StringContent(mode), "mode" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "readings.csv" },
        };
        var response = await client.PostAsync(new Uri("/meters/upload", UriKind.Relative), form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteReadingsUploadTests(SqliteFixture fixture) : ReadingsUploadTests<SqliteFixture>(fixture);

public sealed class PostgresReadingsUploadTests(PostgresFixture fixture) : ReadingsUploadTests<PostgresFixture>(fixture);
