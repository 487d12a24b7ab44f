using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Meters;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Features.Meters.Profiles;
using Tanpan.Web.Features.Meters.ActivitySync;

namespace Tanpan.Web.Tests.Data;

/// <summary>
/// The hand-written migrations have no model snapshot, so these tests are what keeps them and the
/// model in step: a migrated database must hold exactly the model's tables, columns (type and
/// nullability), indexes and foreign keys, and an older database must upgrade without losing rows.
/// </summary>
public abstract class MigrationTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private const string Initial = "20261122000001_Initial";

    [Fact]
    public async Task Migrate_FreshDatabase_CreatesEveryTableColumnIndexAndForeignKeyOfTheModel()
    {
        await using var db = fixture.CreateContext();
        var model = DatabaseSchema.FromModel(db.Model);
        var database = await DatabaseSchema.ReadAsync(db);

        db.Model.GetEntityTypes().Where(t => t.GetTableName() is null).ShouldBeEmpty();
        var problems = new List<string>();
        foreach (var (name, expected) in model.Tables)
        {
            if (!database.Tables.TryGetValue(name, out var actual))
            {
                problems.Add($"table {name} is missing");
                continue;
            }

            problems.AddRange(Differences(name, expected, actual));
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Migrate_FreshDatabase_HasNoTableTheModelLacks()
    {
        await using var db = fixture.CreateContext();
        var model = DatabaseSchema.FromModel(db.Model);
        var database = await DatabaseSchema.ReadAsync(db);

        database.Tables.Keys.Except(model.Tables.Keys).Except(DatabaseSchema.MigrationTables).ShouldBeEmpty();
    }

    [Fact]
    public async Task Migrate_FreshDatabase_AppliesEveryMigrationAndAgainIsHarmless()
    {
        await using var db = fixture.CreateContext();
        await db.Database.MigrateAsync();

        db.Database.GetMigrations().ShouldBe([Initial, "20261122000002_ActivityEntryNote", "20261122000003_EmissionSourceEquipmentType",
            "20261130000004_EvidenceLinksAndInvitations", "20261130000005_ResultsSnapshotsAndIntensity", "20261130000006_SetupGuardAndAuditSource", "20261130000007_ActivityAmountPaid",
            "20261130000008_Meters", "20261130000009_MeterAlerts", "20261130000010_PlansAndTargets", "20261130000011_ImportJobs", "20261130000013_DropEntryEvidenceColumn",
            "20261130000014_MeterDayProfiles", "20261130000015_OrganisationTariffPlans", "20261130000016_AlertDeliveries",
            "20261206000017_MeterDataPlausibility", "20261206000101_FirstHourOverlaps", "20261206000102_AccountsSecurityStamp",
            "20261206000103_ConcurrencyRowVersions", "20261206000201_MeterActivityKey", "20261206000301_Products", "20261206000302_Pact",
            "20261206000401_Cbam", "20261206000402_Programmes", "20261206000403_Training", "20261206000404_ActionPlans",
            "20261206000405_Grants", "20261206000406_Cases"]);
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Migrate_FromInitialWithRows_KeepsThemAndAddsNote()
    {
        var settings = await fixture.CreateEmptyDatabaseAsync();
        var rows = new LegacyRows(fixture.Provider);
        await using (var db = fixture.CreateContext(settings: settings))
        {
            await db.GetService<IMigrator>().MigrateAsync(Initial);
            (await DatabaseSchema.ReadAsync(db)).Tables["ActivityEntries"].Columns.Keys.ShouldNotContain("Note");
            await rows.InsertAsync(db);
        }

        await using (var db = fixture.CreateContext(settings: settings))
        {
            await db.Database.MigrateAsync();
            (await DatabaseSchema.ReadAsync(db)).Tables["ActivityEntries"].Columns.Keys.ShouldNotContain("EvidenceFileId"); // dropped by 0013
        }

        await rows.ShouldBeReadableAsync(fixture, settings);
    }

    [Fact]
    public async Task Migrate_BackToInitial_DropsNoteAndKeepsRows()
    {
        var settings = await fixture.CreateEmptyDatabaseAsync();
        var rows = new LegacyRows(fixture.Provider);
        await using (var db = fixture.CreateContext(settings: settings))
        {
            await db.GetService<IMigrator>().MigrateAsync(Initial);
            await rows.InsertAsync(db);
            await db.Database.MigrateAsync();
            await db.GetService<IMigrator>().MigrateAsync(Initial);

            (await DatabaseSchema.ReadAsync(db)).Tables["ActivityEntries"].Columns.Keys.ShouldNotContain("Note");
            await db.Database.MigrateAsync();
        }

        await rows.ShouldBeReadableAsync(fixture, settings);
    }

    [Fact]
    public async Task Migrate_WithReadingsFromBeforeProfiles_StartUpStepBuildsTheirDayProfiles()
    {
        var settings = await fixture.CreateEmptyDatabaseAsync();
        var organisation = Seed.Organisation();
        var meterId = Guid.CreateVersion7();
        var day = new DateTimeOffset(2025, 7, 15, 0, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();
        var tenant = new Infrastructure.TenantContext();
        tenant.Set(null, organisation.Id, MembershipRole.Owner);
        await using (var db = fixture.CreateContext(tenant, settings: settings))
        {
            await db.GetService<IMigrator>().MigrateAsync("20261130000013_DropEntryEvidenceColumn");

            // The model has RowVersion (migration 0103); lend these tables the column while EF writes the old rows.
            string[] versioned = ["Organisations", "Facilities", "Meters"];
            foreach (var table in versioned)
            {
                var add = $"ALTER TABLE \"{table}\" ADD COLUMN \"RowVersion\" integer NOT NULL DEFAULT 1";
                await db.Database.ExecuteSqlRawAsync(add);
            }

            var facility = new Facility { Name = "舊廠" };
            db.AddRange(organisation, facility);
            await db.SaveChangesAsync();
            // The meter as migration 0013 knew it (the model has columns added since, e.g. MaxReadingValue in 0017).
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "Meters" ("Id", "OrganisationId", "FacilityId", "Name", "EnergyType", "Unit", "Kind", "IntervalMinutes", "CreatedAt") VALUES ({0}, {1}, {2}, '舊電表', 'electricity', 'kWh', 'interval', 15, {3})""",
                Key(meterId), Key(organisation.Id), Key(facility.Id), Seed.Time);

            // Readings as the ingestion stored them before migration 0014 (the 24:00 one ends the 15th).
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "MeterReadings" ("MeterId", "TimestampUtc", "OrganisationId", "Quantity", "Flags", "ReceivedAt") VALUES ({0}, {1}, {2}, 2.5, 0, 0), ({0}, {3}, {2}, 4, 0, 0)""",
                Key(meterId), day + 900, Key(organisation.Id), day + 86400);
            foreach (var table in versioned)
            {
                var drop = $"ALTER TABLE \"{table}\" DROP COLUMN \"RowVersion\"";
                await db.Database.ExecuteSqlRawAsync(drop);
            }
        }

        await using (var db = fixture.CreateContext(tenant, settings: settings))
        {
            await db.Database.MigrateAsync();
            (await DayProfileWriter.BuildMissingAsync(db, CancellationToken.None)).ShouldBe(1);
            (await DayProfileWriter.BuildMissingAsync(db, CancellationToken.None)).ShouldBe(0); // once only
        }

        await using (var db = fixture.CreateContext(tenant, settings: settings))
        {
            var profile = await db.MeterDayProfiles.SingleAsync();
            (profile.MeterId, profile.OrganisationId, profile.LocalDay, profile.Readings).ShouldBe((meterId, organisation.Id, Core.Tariffs.TouSchedule.LocalDay(day), 2));
            var slots = new double[96];
            DayProfileWriter.Decode(profile.Slots, slots);
            (slots[0], slots[95], slots.Sum()).ShouldBe((2.5, 4, 6.5));
        }

        object Key(Guid id) => fixture.Provider == DatabaseProvider.Sqlite ? id.ToString("D").ToUpperInvariant() : id;
    }

    private static IEnumerable<string> Differences(string table, TableShape expected, TableShape actual)
    {
        foreach (var (column, shape) in expected.Columns)
        {
            if (!actual.Columns.TryGetValue(column, out var found))
            {
                yield return $"{table}.{column} is missing";
            }
            else if (found != shape)
            {
                yield return $"{table}.{column} is {found}, the model says {shape}";
            }
        }

        foreach (var column in actual.Columns.Keys.Except(expected.Columns.Keys))
        {
            yield return $"{table}.{column} is not in the model";
        }

        // Compare indexes by columns and uniqueness, and by name wherever the database kept one.
        var expectedIndexes = expected.Indexes.Select(i => $"({i.Columns}) unique={i.IsUnique}").Order().ToList();
        var actualIndexes = actual.Indexes.Select(i => $"({i.Columns}) unique={i.IsUnique}").Order().ToList();
        if (!expectedIndexes.SequenceEqual(actualIndexes))
        {
            yield return $"{table} has indexes {string.Join("; ", actualIndexes)}, the model {string.Join("; ", expectedIndexes)}";
        }

        foreach (var index in actual.Indexes.Where(i => i.Name is not null && !expected.Indexes.Contains(i)))
        {
            yield return $"{table} index {index} is not in the model";
        }

        foreach (var key in expected.ForeignKeys.Except(actual.ForeignKeys))
        {
            yield return $"{table} lacks foreign key {key}";
        }

        foreach (var key in actual.ForeignKeys.Except(expected.ForeignKeys))
        {
            yield return $"{table} has foreign key {key}, not in the model";
        }
    }
}
