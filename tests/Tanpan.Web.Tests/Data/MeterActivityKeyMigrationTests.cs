using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Data;

/// <summary>
/// Migration 20261206000201_MeterActivityKey on a database the previous version left: the <c>meter:{id} </c> note
/// prefixes the sync wrote become <c>ActivityEntries.MeterId</c>, only where the sync of that time would have recognised
/// the entry, only for the entry's own organisation's meters; every other note is kept as it was.
/// </summary>
public abstract class MeterActivityKeyMigrationTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private const string Previous = "20261206000103_ConcurrencyRowVersions";
    private const string Synced = "電表自動讀數";

    private readonly Guid _organisation = Guid.CreateVersion7();
    private readonly Guid _other = Guid.CreateVersion7();
    private readonly Guid _meter = Guid.CreateVersion7();
    private readonly Guid _othersMeter = Guid.CreateVersion7();
    private readonly Guid _deletedMeter = Guid.CreateVersion7();
    private Guid _source;

    [Fact]
    public async Task Upgrade_PrefixedNotesOfTheSync_BecomeTheMeterKey_TheRestOfTheNoteIsKept_OtherNotesAreUntouched()
    {
        var settings = await fixture.CreateEmptyDatabaseAsync();
        var rows = await LegacyAsync(settings);

        await using (var db = fixture.CreateContext(Tenant(_organisation), settings: settings))
        {
            await db.Database.MigrateAsync();
        }

        await using var check = fixture.CreateContext(Tenant(_organisation), settings: settings);
        var entries = await check.ActivityEntries.AsNoTracking().ToDictionaryAsync(e => e.Id);
        (entries[rows.March].MeterId, entries[rows.March].Note).ShouldBe((_meter, "電表 meter「主電表」2025-03 完整度 completeness 100.0% (2976/2976)"));
        (entries[rows.April].MeterId, entries[rows.April].Note).ShouldBe((_meter, "與手動數據重複 also entered by hand; 電表 meter「主電表」2025-04"));
        (entries[rows.PrefixOnly].MeterId, entries[rows.PrefixOnly].Note).ShouldBe((_meter, null)); // nothing but the prefix: no note left
        // Not the sync's entry, or not this organisation's meter, or the meter is gone: no key, the note as it was.
        foreach (var (id, note) in rows.Kept)
        {
            (entries[id].MeterId, entries[id].Note).ShouldBe((null, note));
        }
    }

    [Fact]
    public async Task Upgrade_TwoPrefixedEntriesOfOneMonth_TheFirstGetsTheKey_AndThenDownWritesThePrefixesBack()
    {
        var settings = await fixture.CreateEmptyDatabaseAsync();
        var rows = await LegacyAsync(settings);
        await using (var db = fixture.CreateContext(Tenant(_organisation), settings: settings))
        {
            await db.Database.MigrateAsync();
            (await db.ActivityEntries.AsNoTracking().SingleAsync(e => e.Id == rows.SecondMarch)).MeterId.ShouldBeNull();

            await db.GetService<IMigrator>().MigrateAsync(Previous);
            (await DatabaseSchema.ReadAsync(db)).Tables["ActivityEntries"].Columns.Keys.ShouldNotContain("MeterId");
        }

        await using (var db = fixture.CreateContext(Tenant(_organisation), settings: settings))
        {
            var notes = await db.Database.SqlQueryRaw<string>("SELECT \"Note\" AS \"Value\" FROM \"ActivityEntries\" WHERE \"Note\" IS NOT NULL").ToListAsync();
            notes.ShouldContain($"meter:{_meter:D} 電表 meter「主電表」2025-03 完整度 completeness 100.0% (2976/2976)");
            notes.ShouldContain($"meter:{_meter:D} ");
            await db.Database.MigrateAsync(); // and up again: the same keys
        }

        await using var check = fixture.CreateContext(Tenant(_organisation), settings: settings);
        (await check.ActivityEntries.AsNoTracking().Where(e => e.MeterId == _meter).Select(e => e.Id).ToListAsync())
            .Order().ShouldBe(new[] { rows.March, rows.April, rows.PrefixOnly }.Order());
    }

    private sealed record Rows(Guid March, Guid April, Guid PrefixOnly, Guid SecondMarch, IReadOnlyList<(Guid Id, string? Note)> Kept);

    /// <summary>A database at the previous migration with the entries the sync of that version wrote, and look-alikes.</summary>
    private async Task<Rows> LegacyAsync(DatabaseSettings settings)
    {
        var organisation = Seed.Organisation();
        organisation.Id = _organisation;
        var other = Seed.Organisation("別家公司");
        other.Id = _other;
        var facility = new Facility { Name = "觀音廠" };
        var othersFacility = new Facility { Name = "別廠" };
        var inventory = Seed.Inventory(2025);
        var source = Seed.Source(inventory, facility);
        await using (var db = fixture.CreateContext(Tenant(_organisation), settings: settings))
        {
            await db.GetService<IMigrator>().MigrateAsync(Previous);
            db.AddRange(organisation, facility, inventory, source);
            await db.SaveChangesAsync();
        }

        await using (var db = fixture.CreateContext(Tenant(_other), settings: settings))
        {
            db.AddRange(other, othersFacility);
            await db.SaveChangesAsync();
        }

        _source = source.Id;
        await using (var db = fixture.CreateContext(Tenant(_organisation), settings: settings))
        {
            await InsertMeterAsync(db, _meter, _organisation, facility.Id, "主電表");
            await InsertMeterAsync(db, _othersMeter, _other, othersFacility.Id, "別家電表");

            var march = await InsertEntryAsync(db, inventory.Id, 3, Synced, $"meter:{_meter:D} 電表 meter「主電表」2025-03 完整度 completeness 100.0% (2976/2976)");
            var april = await InsertEntryAsync(db, inventory.Id, 4, Synced, $"meter:{_meter:D} 與手動數據重複 also entered by hand; 電表 meter「主電表」2025-04");
            var prefixOnly = await InsertEntryAsync(db, inventory.Id, 5, Synced, $"meter:{_meter:D} ");
            var secondMarchNote = $"meter:{_meter:D} 電表 meter「主電表」2025-03 (copy)";
            // Its id is the highest of all (on both providers' orders: uuid bytes, upper-case text), so "the first" is March.
            var secondMarch = await InsertEntryAsync(db, inventory.Id, 3, Synced, secondMarchNote, new Guid($"ffffffff-ffff-7fff-bfff-{Guid.NewGuid():N}"[..36]));
            List<(Guid, string?)> kept =
            [
                (secondMarch, secondMarchNote),
                await KeptAsync(db, inventory.Id, 6, Synced, $"meter:{_deletedMeter:D} 電表 meter「舊表」2025-06"),       // the meter was deleted
                await KeptAsync(db, inventory.Id, 7, Synced, $"meter:{_othersMeter:D} 電表 meter「別家電表」2025-07"),   // another organisation's meter
                await KeptAsync(db, inventory.Id, 8, "電費單", $"meter:{_meter:D} 手抄"),                                 // typed by hand
                await KeptAsync(db, inventory.Id, null, Synced, $"meter:{_meter:D} 全年"),                                // a whole year
                await KeptAsync(db, inventory.Id, 9, Synced, "meter: 三月"),
                await KeptAsync(db, inventory.Id, 10, "電費單", null),
            ];
            return new Rows(march, april, prefixOnly, secondMarch, kept);
        }
    }

    private async Task<(Guid, string?)> KeptAsync(AppDbContext db, Guid inventory, int? month, string method, string? note) =>
        (await InsertEntryAsync(db, inventory, month, method, note), note);

    private async Task<Guid> InsertEntryAsync(AppDbContext db, Guid inventory, int? month, string method, string? note, Guid? given = null)
    {
        var id = given ?? Guid.CreateVersion7();
        // Nulls as literals: a DBNull parameter has no store type.
        var monthValue = month is { } m ? m.ToString(System.Globalization.CultureInfo.InvariantCulture) : "NULL";
        var noteValue = note is null ? "NULL" : "{5}";
        var insert = $$"""
            INSERT INTO "ActivityEntries" ("Id", "OrganisationId", "InventoryYearId", "EmissionSourceId", "Year", "Month", "Amount", "Unit", "DataSourceMethod", "Note")
            VALUES ({0}, {1}, {2}, {3}, 2025, {{monthValue}}, '1234.5', 'kWh', {4}, {{noteValue}})
            """;
        await db.Database.ExecuteSqlRawAsync(insert, Key(id), Key(_organisation), Key(inventory), Key(_source), method, note ?? "");
        return id;
    }

    private async Task InsertMeterAsync(AppDbContext db, Guid id, Guid organisation, Guid facility, string name) =>
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "Meters" ("Id", "OrganisationId", "FacilityId", "Name", "EnergyType", "Unit", "Kind", "IntervalMinutes", "CreatedAt") VALUES ({0}, {1}, {2}, {3}, 'electricity', 'kWh', 'interval', 15, {4})""",
            Key(id), Key(organisation), Key(facility), name, Seed.Time);

    private object Key(Guid id) => fixture.Provider == DatabaseProvider.Sqlite ? id.ToString("D").ToUpperInvariant() : id;

    private static TenantContext Tenant(Guid organisation)
    {
        var tenant = new TenantContext();
        tenant.Set(null, organisation, MembershipRole.Owner);
        return tenant;
    }
}

public sealed class SqliteMeterActivityKeyMigrationTests(SqliteFixture fixture) : MeterActivityKeyMigrationTests<SqliteFixture>(fixture);

public sealed class PostgresMeterActivityKeyMigrationTests(PostgresFixture fixture) : MeterActivityKeyMigrationTests<PostgresFixture>(fixture);
