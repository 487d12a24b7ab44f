using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Data;

/// <summary>Every create, update and delete of an audited row leaves an <see cref="AuditEntry"/> in the same save.</summary>
public abstract class AuditTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private readonly Guid _user = Guid.CreateVersion7();
    private readonly ManualClock _clock = new(Seed.Time);

    [Fact]
    public async Task Create_WritesNewValuesUserAndTime()
    {
        var organisation = Seed.Organisation();
        await using (var db = fixture.CreateContext(organisation.Id, _user, _clock))
        {
            db.Organisations.Add(organisation);
            db.Facilities.Add(new Facility { Name = "觀音廠", FactoryRegistrationNumber = "99612345" });
            await db.SaveChangesAsync();
        }

        await using var check = fixture.CreateContext(organisation.Id);
        var entries = await check.AuditEntries.ToListAsync();
        entries.Select(e => e.EntityType).Order().ShouldBe(["Facility", "Organisation"]);
        entries.ShouldAllBe(e => e.Action == AuditAction.Create && e.UserId == _user && e.OldValues == null);
        entries.ShouldAllBe(e => e.At == Seed.Time && e.OrganisationId == organisation.Id);
        var facility = Values(entries.Single(e => e.EntityType == "Facility").NewValues);
        facility["Name"].GetString().ShouldBe("觀音廠");
        facility["FactoryRegistrationNumber"].GetString().ShouldBe("99612345");
        facility["OrganisationId"].GetGuid().ShouldBe(organisation.Id);
        entries.Single(e => e.EntityType == "Organisation").NewValues!.ShouldContain("測試紡織股份有限公司");
    }

    [Fact]
    public async Task Update_WritesOnlyTheChangedValuesWithTheirInventory()
    {
        var a = await Seed.TenantAsync(fixture);
        _clock.Now = Seed.Time.AddDays(3);
        await using (var db = fixture.CreateContext(a.OrganisationId, _user, _clock))
        {
            var entry = await db.ActivityEntries.SingleAsync();
            entry.Amount = 8967500.123456m;
            entry.Note = "換表";
            await db.SaveChangesAsync();
        }

        await using var check = fixture.CreateContext(a.OrganisationId);
        var update = await check.AuditEntries.SingleAsync(e => e.EntityId == a.ActivityId && e.Action == AuditAction.Update);
        update.InventoryYearId.ShouldBe(a.InventoryYearId);
        update.EntityType.ShouldBe("ActivityEntry");
        update.At.ShouldBe(Seed.Time.AddDays(3));
        var before = Values(update.OldValues);
        var after = Values(update.NewValues);
        before.Keys.Order().ShouldBe(["Amount", "Note"]);
        before["Amount"].GetDecimal().ShouldBe(1234.5m);
        before["Note"].ValueKind.ShouldBe(JsonValueKind.Null);
        after["Amount"].GetDecimal().ShouldBe(8967500.123456m);
        after["Note"].GetString().ShouldBe("換表");
    }

    [Fact]
    public async Task Delete_WritesOldValues()
    {
        var a = await Seed.TenantAsync(fixture);
        await using (var db = fixture.CreateContext(a.OrganisationId, _user, _clock))
        {
            db.ActivityEntries.Remove(await db.ActivityEntries.SingleAsync());
            await db.SaveChangesAsync();
        }

        await using var check = fixture.CreateContext(a.OrganisationId);
        var delete = await check.AuditEntries.SingleAsync(e => e.Action == AuditAction.Delete);
        delete.EntityId.ShouldBe(a.ActivityId);
        delete.NewValues.ShouldBeNull();
        var before = Values(delete.OldValues);
        before["Unit"].GetString().ShouldBe("度");
        before["Amount"].GetDecimal().ShouldBe(1234.5m);
        before["EmissionSourceId"].GetGuid().ShouldBe(a.SourceId);
    }

    [Fact]
    public async Task Update_SettingTheSameValue_WritesNothing()
    {
        var a = await Seed.TenantAsync(fixture);
        await using var db = fixture.CreateContext(a.OrganisationId, _user, _clock);
        var facility = await db.Facilities.SingleAsync();
        db.Entry(facility).Property(f => f.Name).IsModified = true;
        await db.SaveChangesAsync();

        (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.Update)).ShouldBe(0);
    }

    [Fact]
    public async Task FailedSave_LeavesNoEntries_AndTheRetryWritesOne()
    {
        var a = await Seed.TenantAsync(fixture);
        await using var db = fixture.CreateContext(a.OrganisationId, _user, _clock);
        var duplicate = new Facility { Name = "觀音廠" };
        db.Facilities.Add(duplicate);
        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());

        duplicate.Name = "新屋廠";
        await db.SaveChangesAsync();

        await using var check = fixture.CreateContext(a.OrganisationId);
        (await check.AuditEntries.CountAsync(e => e.EntityId == duplicate.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task UserAndToken_AreNotAudited()
    {
        var a = await Seed.TenantAsync(fixture);
        await using var db = fixture.CreateContext(a.OrganisationId, _user, _clock);
        var before = await db.AuditEntries.CountAsync();
        var user = Seed.User($"{Guid.NewGuid():N}@example.tw");
        db.Users.Add(user);
        db.ApiTokens.Add(new ApiToken { User = user, Name = "meter gateway", TokenHash = Convert.ToHexStringLower(SHA256.HashData(Guid.NewGuid().ToByteArray())), CreatedAt = Seed.Time });
        await db.SaveChangesAsync();

        (await db.AuditEntries.CountAsync()).ShouldBe(before);
    }

    private static Dictionary<string, JsonElement> Values(string? json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json.ShouldNotBeNull())!;
}
