using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Tests.Data;

/// <summary>
/// Rules every entity must keep, checked on the model so a new entity cannot forget them. No
/// database is opened.
/// </summary>
public class AppDbContextModelTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public void EntityWithOrganisationId_IsTenantOwnedWithTheTenantFilter(DatabaseProvider provider)
    {
        var tenantTypes = Model(provider).GetEntityTypes().Where(t => t.FindProperty(nameof(ITenantOwned.OrganisationId)) is not null).ToList();

        tenantTypes.Count.ShouldBeGreaterThanOrEqualTo(7);
        tenantTypes.ShouldAllBe(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType));
        tenantTypes.ShouldAllBe(t => t.FindDeclaredQueryFilter(AppDbContext.TenantFilter) != null);
        tenantTypes.ShouldAllBe(t => t.FindProperty(nameof(ITenantOwned.OrganisationId))!.IsConcurrencyToken);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Organisation_HasTheTenantFilter(DatabaseProvider provider) =>
        Model(provider).FindEntityType(typeof(Organisation))!.FindDeclaredQueryFilter(AppDbContext.TenantFilter).ShouldNotBeNull();

    [Theory]
    [MemberData(nameof(Providers))]
    public void ForeignKeyBetweenTenantOwnedEntities_IncludesTheOrganisationId(DatabaseProvider provider)
    {
        var keys = Model(provider).GetEntityTypes()
            .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType))
            .SelectMany(t => t.GetForeignKeys())
            .Where(k => typeof(ITenantOwned).IsAssignableFrom(k.PrincipalEntityType.ClrType));

        keys.Where(k => !k.Properties.Any(p => p.Name == nameof(ITenantOwned.OrganisationId)))
            .Select(k => k.ToString()).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void AuditedEntities_AreTheTenantsData(DatabaseProvider provider)
    {
        var audited = Model(provider).GetEntityTypes().Where(t => typeof(IAudited).IsAssignableFrom(t.ClrType)).Select(t => t.ClrType.Name).Order();

        audited.ShouldBe(["ActivityEntry", "CaseVisit", "CaseVisitFile", "CbamGood", "CbamInstallation", "CbamPrecursor", "EmissionSource", "EmissionTarget", "EvidenceFile", "Facility", "GatewayKey", "Grant", "InventoryYear", "Invitation", "Membership",
            "Meter", "Organisation", "OrganisationTariffPlan", "PactClient", "PactGrant", "PactPublishedFootprint", "PlanMeasure", "Product", "ProductBomLine",
            "ProductFootprintVersion", "ProductOutput", "ProductProcessAssignment", "ProductStageValue",
            "Programme", "ProgrammeApplication", "ProgrammeApplicationProduct", "ProgrammeCase", "ProgrammeCaseStage", "ProgrammeRequest", "ProgrammeService",
            "ProgrammeTeam", "ProgrammeTeamService", "ReductionPlan",
            "SectorActionPlan", "SectorPlanMeasure", "TrainingAttendance", "TrainingCertificate", "TrainingCourse", "TrainingRegistration", "TrainingSession"]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void DecimalProperty_HasAnExplicitPrecision(DatabaseProvider provider)
    {
        var decimals = Model(provider).GetEntityTypes().SelectMany(t => t.GetProperties())
            .Where(p => p.ClrType == typeof(decimal) || p.ClrType == typeof(decimal?)).ToList();

        decimals.ShouldNotBeEmpty();
        decimals.Where(p => p.GetPrecision() is null || p.GetScale() is null).Select(p => p.ToString()).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void DatabaseObjectName_FitsPostgresLimitOf63(DatabaseProvider provider)
    {
        var tables = Model(provider).GetRelationalModel().Tables.ToList();
        var names = tables.Select(t => t.Name)
            .Concat(tables.SelectMany(t => t.Indexes.Select(i => i.Name)))
            .Concat(tables.SelectMany(t => t.UniqueConstraints.Select(u => u.Name)))
            .Concat(tables.SelectMany(t => t.ForeignKeyConstraints.Select(f => f.Name)));

        names.Where(n => n.Length > 63).ShouldBeEmpty();
    }

    private static IModel Model(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseTanpanDatabase(new DatabaseSettings(provider, provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1"));
        using var db = new AppDbContext(options.Options, new TenantContext(), TimeProvider.System);
        return db.Model;
    }
}
