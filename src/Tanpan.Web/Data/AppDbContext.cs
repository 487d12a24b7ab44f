using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Configurations;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Data;

/// <summary>
/// The workspace database. Every query on a tenant-owned entity (and on <see cref="Organisation"/>)
/// is filtered to the current organisation by the query filter named <see cref="TenantFilter"/>;
/// saving stamps and checks the organisation of each row (<see cref="TenantGuard"/>) and writes the
/// audit trail (<see cref="AuditTrail"/>) in the same transaction.
/// </summary>
public sealed partial class AppDbContext : DbContext
{
    /// <summary>Name of the query filter that restricts rows to the current organisation.</summary>
    public const string TenantFilter = "Tenant";

    private readonly TenantContext _tenant;
    private readonly TimeProvider _clock;

    public AppDbContext(DbContextOptions<AppDbContext> options, TenantContext tenant, TimeProvider clock)
        : base(options)
    {
        _tenant = tenant;
        _clock = clock;
    }

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Facility> Facilities => Set<Facility>();

    public DbSet<User> Users => Set<User>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<InventoryYear> InventoryYears => Set<InventoryYear>();

    public DbSet<EmissionSource> EmissionSources => Set<EmissionSource>();

    public DbSet<ActivityEntry> ActivityEntries => Set<ActivityEntry>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<Installation> Installations => Set<Installation>();
    public DbSet<ResultSnapshot> ResultSnapshots => Set<ResultSnapshot>();

    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();
    public DbSet<ReductionPlan> ReductionPlans => Set<ReductionPlan>();

    public DbSet<PlanMeasure> PlanMeasures => Set<PlanMeasure>();

    public DbSet<EmissionTarget> EmissionTargets => Set<EmissionTarget>();
    public DbSet<Meter> Meters => Set<Meter>();

    public DbSet<MeterReading> MeterReadings => Set<MeterReading>();

    public DbSet<MeterReadingConflict> MeterReadingConflicts => Set<MeterReadingConflict>();

    public DbSet<MeterDayProfile> MeterDayProfiles => Set<MeterDayProfile>();

    public DbSet<GatewayKey> GatewayKeys => Set<GatewayKey>();

    public DbSet<MeterAlert> MeterAlerts => Set<MeterAlert>();

    public DbSet<AlertWebhook> AlertWebhooks => Set<AlertWebhook>();

    public DbSet<OrganisationTariffPlan> OrganisationTariffPlans => Set<OrganisationTariffPlan>();

    public DbSet<OrganisationTariffPlanVersion> OrganisationTariffPlanVersions => Set<OrganisationTariffPlanVersion>();

    public DbSet<AlertDelivery> AlertDeliveries => Set<AlertDelivery>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<ProductOutput> ProductOutputs => Set<ProductOutput>();

    public DbSet<ProductBomLine> ProductBomLines => Set<ProductBomLine>();

    public DbSet<ProductProcessAssignment> ProductProcessAssignments => Set<ProductProcessAssignment>();

    public DbSet<ProductFootprintVersion> ProductFootprintVersions => Set<ProductFootprintVersion>();

    public DbSet<ProductStageValue> ProductStageValues => Set<ProductStageValue>();

    public DbSet<PactPublishedFootprint> PactPublishedFootprints => Set<PactPublishedFootprint>();

    public DbSet<PactClient> PactClients => Set<PactClient>();

    public DbSet<PactGrant> PactGrants => Set<PactGrant>();

    public DbSet<PactEvent> PactEvents => Set<PactEvent>();

    public DbSet<CbamInstallation> CbamInstallations => Set<CbamInstallation>();

    public DbSet<CbamGood> CbamGoods => Set<CbamGood>();

    public DbSet<CbamPrecursor> CbamPrecursors => Set<CbamPrecursor>();

    public DbSet<SectorActionPlan> SectorActionPlans => Set<SectorActionPlan>();

    public DbSet<SectorPlanPolicy> SectorPlanPolicies => Set<SectorPlanPolicy>();

    public DbSet<SectorPlanMeasure> SectorPlanMeasures => Set<SectorPlanMeasure>();

    public DbSet<SectorPlanEmission> SectorPlanEmissions => Set<SectorPlanEmission>();

    public DbSet<SectorPlanIntensity> SectorPlanIntensities => Set<SectorPlanIntensity>();

    /// <summary>Read by the query filters at each query, so one model serves every tenant.</summary>
    internal Guid? CurrentOrganisationId => _tenant.OrganisationId;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var audit = PrepareSave();
        InventoryRevisions.StampAsync(this, audit.Changes, runAsync: false, default).GetAwaiter().GetResult(); // completes synchronously
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch
        {
            Discard(audit);
            throw;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var audit = PrepareSave();
        await InventoryRevisions.StampAsync(this, audit.Changes, runAsync: true, cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Discard(audit);
            throw;
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OrganisationConfiguration());
        modelBuilder.ApplyConfiguration(new FacilityConfiguration());
        modelBuilder.ApplyConfiguration(new UserConfiguration());
        modelBuilder.ApplyConfiguration(new MembershipConfiguration());
        modelBuilder.ApplyConfiguration(new InventoryYearConfiguration());
        modelBuilder.ApplyConfiguration(new EmissionSourceConfiguration());
        modelBuilder.ApplyConfiguration(new ActivityEntryConfiguration());
        modelBuilder.ApplyConfiguration(new EvidenceFileConfiguration());
        modelBuilder.ApplyConfiguration(new InvitationConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new ApiTokenConfiguration());
        modelBuilder.ApplyConfiguration(new InstallationConfiguration());
        modelBuilder.ApplyConfiguration(new ResultSnapshotConfiguration());
        modelBuilder.ApplyConfiguration(new ImportJobConfiguration());
        modelBuilder.ApplyConfiguration(new ReductionPlanConfiguration());
        modelBuilder.ApplyConfiguration(new PlanMeasureConfiguration());
        modelBuilder.ApplyConfiguration(new EmissionTargetConfiguration());
        modelBuilder.ApplyConfiguration(new MeterConfiguration());
        modelBuilder.ApplyConfiguration(new MeterReadingConfiguration());
        modelBuilder.ApplyConfiguration(new MeterReadingConflictConfiguration());
        modelBuilder.ApplyConfiguration(new MeterDayProfileConfiguration());
        modelBuilder.ApplyConfiguration(new GatewayKeyConfiguration());
        modelBuilder.ApplyConfiguration(new MeterAlertConfiguration());
        modelBuilder.ApplyConfiguration(new AlertWebhookConfiguration());
        modelBuilder.ApplyConfiguration(new OrganisationTariffPlanConfiguration());
        modelBuilder.ApplyConfiguration(new OrganisationTariffPlanVersionConfiguration());
        modelBuilder.ApplyConfiguration(new AlertDeliveryConfiguration());
        modelBuilder.ApplyConfiguration(new ProductConfiguration());
        modelBuilder.ApplyConfiguration(new ProductOutputConfiguration());
        modelBuilder.ApplyConfiguration(new ProductBomLineConfiguration());
        modelBuilder.ApplyConfiguration(new ProductProcessAssignmentConfiguration());
        modelBuilder.ApplyConfiguration(new ProductFootprintVersionConfiguration());
        modelBuilder.ApplyConfiguration(new ProductStageValueConfiguration());
        modelBuilder.ApplyConfiguration(new PactPublishedFootprintConfiguration());
        modelBuilder.ApplyConfiguration(new PactClientConfiguration());
        modelBuilder.ApplyConfiguration(new PactGrantConfiguration());
        modelBuilder.ApplyConfiguration(new PactEventConfiguration());
        modelBuilder.ApplyConfiguration(new CbamInstallationConfiguration());
        modelBuilder.ApplyConfiguration(new CbamGoodConfiguration());
        modelBuilder.ApplyConfiguration(new CbamPrecursorConfiguration());
        modelBuilder.ApplyConfiguration(new SectorActionPlanConfiguration());
        modelBuilder.ApplyConfiguration(new SectorPlanPolicyConfiguration());
        modelBuilder.ApplyConfiguration(new SectorPlanMeasureConfiguration());
        modelBuilder.ApplyConfiguration(new SectorPlanEmissionConfiguration());
        modelBuilder.ApplyConfiguration(new SectorPlanIntensityConfiguration());
        modelBuilder.ApplyConfiguration(new ProgrammeConfiguration());
        modelBuilder.ApplyConfiguration(new ProgrammeServiceConfiguration());
        modelBuilder.ApplyConfiguration(new ProgrammeApplicationConfiguration());
        modelBuilder.ApplyConfiguration(new ProgrammeApplicationProductConfiguration());
        modelBuilder.ApplyConfiguration(new ProgrammeRequestConfiguration());
        modelBuilder.ApplyConfiguration(new TrainingCourseConfiguration());
        modelBuilder.ApplyConfiguration(new TrainingSessionConfiguration());
        modelBuilder.ApplyConfiguration(new TrainingSessionDayConfiguration());
        modelBuilder.ApplyConfiguration(new TrainingRegistrationConfiguration());
        modelBuilder.ApplyConfiguration(new TrainingAttendanceConfiguration());
        modelBuilder.ApplyConfiguration(new TrainingCertificateConfiguration());
        modelBuilder.ApplyConfiguration(new GrantConfiguration());
        modelBuilder.ApplyConfiguration(new ProgrammeTeamConfiguration());
        modelBuilder.ApplyConfiguration(new ProgrammeTeamServiceConfiguration());
        modelBuilder.ApplyConfiguration(new ProgrammeCaseConfiguration());
        modelBuilder.ApplyConfiguration(new ProgrammeCaseStageConfiguration());
        modelBuilder.ApplyConfiguration(new CaseVisitConfiguration());
        modelBuilder.ApplyConfiguration(new CaseVisitFileConfiguration());
        modelBuilder.ApplyConfiguration(new FollowUpConfiguration());
        modelBuilder.ApplyConfiguration(new FollowUpMeasureConfiguration());

        modelBuilder.Entity<Organisation>().HasQueryFilter(TenantFilter, o => o.Id == CurrentOrganisationId);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
        {
            entityType.SetQueryFilter(TenantFilter, TenantFilterFor(entityType.ClrType));
        }

        RowVersions.Configure(modelBuilder);
    }

    /// <summary><c>row =&gt; row.OrganisationId == this.CurrentOrganisationId</c> for a tenant-owned type.</summary>
    private LambdaExpression TenantFilterFor(Type type)
    {
        var row = Expression.Parameter(type, "row");
        var organisationId = Expression.Convert(Expression.Property(row, nameof(ITenantOwned.OrganisationId)), typeof(Guid?));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentOrganisationId));
        return Expression.Lambda(Expression.Equal(organisationId, current), row);
    }

    private (List<AuditEntry> Entries, List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> Changes) PrepareSave()
    {
        if (ChangeTracker.AutoDetectChangesEnabled)
        {
            ChangeTracker.DetectChanges();
        }

        var changes = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (_tenant.ReadOnly && changes.Count > 0)
        {
            throw new CrossTenantWriteException("Cannot save: this organisation is open to a read grant only (docs/grants.md).");
        }

        TenantGuard.Check(changes, _tenant.OrganisationId);
        RowVersions.Raise(changes);
        var audit = AuditTrail.For(changes, _tenant.UserId, _clock.GetUtcNow());
        AuditEntries.AddRange(audit);
        return (audit, changes);
    }

    private void Discard((List<AuditEntry> Entries, List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> Changes) audit)
    {
        foreach (var entry in audit.Entries)
        {
            Entry(entry).State = EntityState.Detached;
        }
    }
}
