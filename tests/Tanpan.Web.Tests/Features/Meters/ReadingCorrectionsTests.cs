using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Features.Meters;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using static Tanpan.Web.Tests.Features.Meters.MeterWorld;
using Tanpan.Web.Features.Meters.Profiles;

namespace Tanpan.Web.Tests.Features.Meters;

/// <summary>One reading corrected or deleted (API and /meters/{id}/readings), audited, with its day profile and month following.</summary>
public abstract class ReadingCorrectionsTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task CorrectThenDelete_ChangesOneReading_AuditsBoth_AndTheDayProfileAndMonthFollow()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var inventory = await world.World.CreateInventoryAsync(2025);
        var source = await world.World.CreateSourceAsync(inventory.Id, new { facilityId = world.Facility.Id, sourceType = "外購電力", material = "外購電力" });
        var meter = await world.CreateMeterAsync(sourceId: source.Id);
        using var gateway = world.Gateway(await world.CreateKeyAsync());
        (await PushAsync(gateway, (meter.Name, "2025-03-01T00:15:00+08:00", 1), (meter.Name, "2025-03-01T00:30:00+08:00", 50), (meter.Name, "2025-03-01T00:45:00+08:00", 2))).Status.ShouldBe(HttpStatusCode.OK);
        var wrong = Unix("2025-03-01T00:30:00+08:00");
        var first = Unix("2025-03-01T00:15:00+08:00");

        var corrected = await world.Client.PutAsJsonAsync($"/api/v1/meters/{meter.Id}/readings/{wrong}", new { value = 5 });
        var deleted = await world.Client.DeleteAsync(new Uri($"/api/v1/meters/{meter.Id}/readings/{first}", UriKind.Relative));
        var implausible = await world.Client.PutAsJsonAsync($"/api/v1/meters/{meter.Id}/readings/{wrong}", new { value = 1e30 });
        var missing = await world.Client.DeleteAsync(new Uri($"/api/v1/meters/{meter.Id}/readings/{first}", UriKind.Relative));
        using var viewer = await world.World.MemberAsync(MembershipRole.Viewer);
        var byViewer = await viewer.DeleteAsync(new Uri($"/api/v1/meters/{meter.Id}/readings/{wrong}", UriKind.Relative));

        (corrected.StatusCode, deleted.StatusCode, implausible.StatusCode, missing.StatusCode, byViewer.StatusCode)
            .ShouldBe((HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Forbidden));
        (await implausible.Content.ReadAsStringAsync()).ShouldContain("plausible maximum");
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        (await db.MeterReadings.OrderBy(r => r.TimestampUtc).Select(r => r.Quantity).ToListAsync()).ShouldBe([5, 2]);
        var profile = await db.MeterDayProfiles.SingleAsync();
        var slots = new double[96];
        DayProfileWriter.Decode(profile.Slots, slots);
        (profile.Readings, slots.Sum()).ShouldBe((2, 7));   // 5 + 2: rebuilt, not the 1 + 50 + 2 first stored
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(MeterReading)).OrderByDescending(a => a.Action).ToListAsync(); // Update, then Delete
        audit.Select(a => (a.Action, a.EntityId, a.OldValues, a.NewValues)).ShouldBe([
            (AuditAction.Update, meter.Id, $$"""{"TimestampUtc":{{wrong}},"Quantity":50}""", $$"""{"TimestampUtc":{{wrong}},"Quantity":5}"""),
            (AuditAction.Delete, meter.Id, $$"""{"TimestampUtc":{{first}},"Quantity":1}""", null)]);
        audit.ShouldAllBe(a => a.UserId != null);
        var entry = (await world.Client.GetFromJsonAsync<List<ActivityResponse>>($"/api/v1/inventories/{inventory.Id}/sources/{source.Id}/activity", AccountsApp.Json))!.ShouldHaveSingleItem();
        entry.Amount.ShouldBe(7m);
    }

    /// <summary>
    /// A cumulative register (no roll-over value): registers 1,000 / 1,010 / 9,999 (a misread) / 1,030 store quantities
    /// 0 (first) / 10 / 8,989 / 1,030 (a drop without roll-over is a reset). Correcting the misread register to 1,020 gives
    /// 10 and 10 (the next reading's quantity follows, its reset flag goes); deleting the first reading makes 1,010 the
    /// register's first (0); deleting the 1,020 reading then gives 1,030 − 1,010 = 20. Days and the month follow.
    /// </summary>
    [Fact]
    public async Task CumulativeRegister_CorrectAndDelete_RecomputeTheNeighboursQuantities()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var meter = await world.CreateMeterAsync("累計電表", kind: "cumulative");
        using var gateway = world.Gateway(await world.CreateKeyAsync());
        var times = new[] { "2025-03-01T00:15:00+08:00", "2025-03-01T00:30:00+08:00", "2025-03-01T00:45:00+08:00", "2025-03-01T01:00:00+08:00" };
        (await PushAsync(gateway, (meter.Name, times[0], 1000), (meter.Name, times[1], 1010), (meter.Name, times[2], 9999), (meter.Name, times[3], 1030)))
            .Status.ShouldBe(HttpStatusCode.OK);
        var (first, misread) = (Unix(times[0]), Unix(times[2]));
        (await QuantitiesAsync(world)).ShouldBe([(0, 4), (10, 0), (8989, 0), (1030, 2)]);

        (await world.Client.PutAsJsonAsync($"/api/v1/meters/{meter.Id}/readings/{misread}", new { value = 1020 })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await QuantitiesAsync(world)).ShouldBe([(0, 4), (10, 0), (10, 0), (10, 0)]);
        (await DaySumAsync(world)).ShouldBe(30);

        (await world.Client.DeleteAsync(new Uri($"/api/v1/meters/{meter.Id}/readings/{first}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await QuantitiesAsync(world)).ShouldBe([(0, 4), (10, 0), (10, 0)]);

        (await world.Client.DeleteAsync(new Uri($"/api/v1/meters/{meter.Id}/readings/{misread}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await QuantitiesAsync(world)).ShouldBe([(0, 4), (20, 0)]);
        (await DaySumAsync(world)).ShouldBe(20);
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(MeterReading) && a.Action == AuditAction.Update).SingleAsync();
        (audit.OldValues, audit.NewValues).ShouldBe(($$"""{"TimestampUtc":{{misread}},"Register":9999}""", $$"""{"TimestampUtc":{{misread}},"Register":1020}"""));
    }

    private async Task<List<(double Quantity, int Flags)>> QuantitiesAsync(MeterWorld world)
    {
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        return [.. (await db.MeterReadings.OrderBy(r => r.TimestampUtc).Select(r => new { r.Quantity, r.Flags }).ToListAsync()).Select(r => (r.Quantity, r.Flags))];
    }

    private async Task<double> DaySumAsync(MeterWorld world)
    {
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        var slots = new double[96];
        DayProfileWriter.Decode((await db.MeterDayProfiles.SingleAsync()).Slots, slots);
        return slots.Sum();
    }

    [Fact]
    public async Task Page_ListsTheDaysReadings_AndItsFormCorrectsAndDeletes_InChineseAndEnglish()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var meter = await world.CreateMeterAsync();
        using var gateway = world.Gateway(await world.CreateKeyAsync());
        (await PushAsync(gateway, (meter.Name, "2025-03-01T00:15:00+08:00", 1), (meter.Name, "2025-03-01T00:30:00+08:00", 50))).Status.ShouldBe(HttpStatusCode.OK);
        var path = $"/meters/{meter.Id}/readings?date=2025-03-01";
        var wrong = Unix("2025-03-01T00:30:00+08:00").ToString(System.Globalization.CultureInfo.InvariantCulture);

        var page = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri(path, UriKind.Relative)));
        var bad = await PageForm.HtmlAsync(await PageForm.PostAsync(world.Client, path, "correct-reading", new() { [$"Change.Values[{wrong}]"] = "100000000000000000000", ["Change.Command"] = $"correct:{wrong}" }));
        var fixedPage = await PageForm.HtmlAsync(await PageForm.PostAsync(world.Client, path, "correct-reading", new() { [$"Change.Values[{wrong}]"] = "5", ["Change.Command"] = $"correct:{wrong}" }));
        // A delete first asks (FlowForm's confirmation) and deletes nothing; confirmed, it deletes.
        var asked = await PageForm.HtmlAsync(await PageForm.PostAsync(world.Client, path, "correct-reading", new() { [$"Change.Values[{wrong}]"] = "5", ["Change.Command"] = $"delete:{wrong}" }));
        asked.ShouldContain("確定要刪除");
        asked.ShouldContain("2025-03-01 00:30");
        await PageForm.PostAsync(world.Client, path, "correct-reading", new() { [$"Change.Values[{wrong}]"] = "5", ["Change.Command"] = $"delete:{wrong}", ["__confirmed"] = "yes" });
        world.Client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var english = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri(path, UriKind.Relative)));

        page.ShouldContain("檢視與更正讀數：主電表");
        page.ShouldContain("2025-03-01 00:30");
        bad.ShouldContain("讀數超過此電表的合理上限");
        fixedPage.ShouldContain("value=\"5\"");
        english.ShouldContain("Review and correct readings");
        english.ShouldNotContain("2025-03-01 00:30");   // deleted
        english.ShouldContain("2025-03-01 00:15");
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(MeterReading))).ShouldBe(2);
    }
}

public sealed class SqliteReadingCorrectionsTests(SqliteFixture fixture) : ReadingCorrectionsTests<SqliteFixture>(fixture);

public sealed class PostgresReadingCorrectionsTests(PostgresFixture fixture) : ReadingCorrectionsTests<PostgresFixture>(fixture);
