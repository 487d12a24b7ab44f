using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Tests.Data.Support;

/// <summary>
/// Rows written with plain SQL into a database at the first migration, the way an installed
/// version would have left them, and the checks that a newer schema still reads them.
/// </summary>
internal sealed class LegacyRows(DatabaseProvider provider)
{
    private readonly Guid _organisation = Guid.CreateVersion7();
    private readonly Guid _facility = Guid.CreateVersion7();
    private readonly Guid _inventory = Guid.CreateVersion7();
    private readonly Guid _source = Guid.CreateVersion7();
    private readonly Guid _user = Guid.CreateVersion7();
    private readonly Guid[] _activity = [Guid.CreateVersion7(), Guid.CreateVersion7()];
    private readonly Guid _evidence = Guid.CreateVersion7();

    public async Task InsertAsync(AppDbContext db)
    {
        string[] statements =
        [
            Insert("Organisations", ("Id", _organisation), ("Name", "舊版公司"), ("TaxId", "04595252"), ("IsMidSizedBackbone", false),
                ("CapitalNtd", 12_500_000.50m), ("CreatedAt", Seed.Time)),
            Insert("Users", ("Id", _user), ("Email", "old@example.tw"), ("NormalizedEmail", "OLD@EXAMPLE.TW"), ("DisplayName", "舊使用者"),
                ("FailedLoginCount", 2), ("IsAdministrator", true), ("CreatedAt", Seed.Time)),
            Insert("Memberships", ("Id", Guid.CreateVersion7()), ("OrganisationId", _organisation), ("UserId", _user), ("Role", "Owner"), ("CreatedAt", Seed.Time)),
            Insert("Facilities", ("Id", _facility), ("OrganisationId", _organisation), ("Name", "舊廠")),
            Insert("InventoryYears", ("Id", _inventory), ("OrganisationId", _organisation), ("Year", 2021), ("Boundary", "OperationalControl"),
                ("PeriodStart", new DateOnly(2021, 1, 1)), ("PeriodEnd", new DateOnly(2021, 12, 31)), ("FactorSetId", "moenv-6.0.4"),
                ("GwpSetId", "AR4"), ("IsBaseYear", true)),
            Insert("EmissionSources", ("Id", _source), ("OrganisationId", _organisation), ("InventoryYearId", _inventory), ("FacilityId", _facility),
                ("SourceType", "Stationary"), ("MaterialKey", "fuel_coal"), ("Category", 1), ("Gases", "CO2,CH4,N2O"), ("RequiredByLawOrCustomer", false)),
            Insert("EvidenceFiles", ("Id", _evidence), ("OrganisationId", _organisation), ("FileName", "煤炭進貨單.pdf"), ("ContentType", "application/pdf"),
                ("SizeBytes", 1024), ("StoredPath", "legacy.pdf"), ("Sha256", new string('a', 64)), ("UploadedAt", Seed.Time)),
            Insert("ActivityEntries", ("Id", _activity[0]), ("OrganisationId", _organisation), ("InventoryYearId", _inventory), ("EmissionSourceId", _source),
                ("Year", 2021), ("Amount", 8967500.123456m), ("Unit", "公噸"), ("EvidenceFileId", _evidence)),
            Insert("ActivityEntries", ("Id", _activity[1]), ("OrganisationId", _organisation), ("InventoryYearId", _inventory), ("EmissionSourceId", _source),
                ("Year", 2021), ("Month", 7), ("Amount", 0.0000015938m), ("Unit", "公噸")),
            Insert("AuditEntries", ("Id", Guid.CreateVersion7()), ("OrganisationId", _organisation), ("InventoryYearId", _inventory),
                ("EntityType", "EmissionSource"), ("EntityId", _source), ("Action", "Create"), ("At", Seed.Time)),
            Insert("AuditEntries", ("Id", Guid.CreateVersion7()), ("OrganisationId", _organisation), ("InventoryYearId", _inventory),
                ("EntityType", "ActivityEntry"), ("EntityId", _activity[1]), ("Action", "Create"), ("At", Seed.Time)),
        ];
        foreach (var sql in statements)
        {
            await db.Database.ExecuteSqlRawAsync(sql);
        }
    }

    public async Task ShouldBeReadableAsync(DatabaseFixture fixture, DatabaseSettings settings)
    {
        var tenant = new Infrastructure.TenantContext();
        tenant.Set(_user, _organisation, MembershipRole.Owner);
        await using (var db = fixture.CreateContext(tenant, settings: settings))
        {
            (await db.Organisations.SingleAsync()).CapitalNtd.ShouldBe(12_500_000.50m);
            (await db.Users.SingleAsync()).Email.ShouldBe("old@example.tw");
            (await db.Memberships.SingleAsync()).Role.ShouldBe(MembershipRole.Owner);
            var inventory = await db.InventoryYears.Include(y => y.Sources).ThenInclude(s => s.Facility).SingleAsync();
            inventory.IsBaseYear.ShouldBeTrue();
            inventory.Sources.Single().Facility!.Name.ShouldBe("舊廠");
            var entries = (await db.ActivityEntries.ToListAsync()).OrderBy(e => e.Month ?? 0).ToList();
            entries.Select(e => e.Id).ShouldBe(_activity);
            entries.Select(e => e.Amount).ShouldBe([8967500.123456m, 0.0000015938m]);
            entries.ShouldAllBe(e => e.Note == null);
            var evidence = await db.EvidenceFiles.SingleAsync();
            (evidence.Id, evidence.ActivityEntryId, evidence.InventoryYearId).ShouldBe((_evidence, _activity[0], _inventory)); // linked to the entry citing it
            (await db.Installations.SingleAsync()).AdministratorId.ShouldBe(_user); // the database was already set up
            (await db.AuditEntries.Select(a => a.EmissionSourceId).ToListAsync()).ShouldBe([_source, _source]);

            entries[0].Note = "年度合計";
            await db.SaveChangesAsync();
        }

        await using var check = fixture.CreateContext(tenant, settings: settings);
        (await check.ActivityEntries.SingleAsync(e => e.Id == _activity[0])).Note.ShouldBe("年度合計");
    }

    private string Insert(string table, params (string Column, object Value)[] values) =>
        $"INSERT INTO \"{table}\" ({string.Join(", ", values.Select(v => $"\"{v.Column}\""))}) " +
        $"VALUES ({string.Join(", ", values.Select(v => Literal(v.Value)))})";

    /// <summary>A value written the way each provider stores it (SQLite: upper-case GUID text, decimal text, 0/1).</summary>
    private string Literal(object value) => (value, provider) switch
    {
        (Guid g, DatabaseProvider.Sqlite) => $"'{g.ToString().ToUpperInvariant()}'",
        (Guid g, _) => $"'{g}'",
        (bool b, DatabaseProvider.Sqlite) => b ? "1" : "0",
        (bool b, _) => b ? "TRUE" : "FALSE",
        (decimal d, _) => $"'{d.ToString(CultureInfo.InvariantCulture)}'",
        (int i, _) => i.ToString(CultureInfo.InvariantCulture),
        (DateOnly d, _) => $"'{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'",
        (DateTimeOffset t, _) => $"'{t.ToString("yyyy-MM-dd HH:mm:sszzz", CultureInfo.InvariantCulture)}'",
        (string s, _) => $"'{s.Replace("'", "''", StringComparison.Ordinal)}'",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "No literal for this type."),
    };
}
