using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.ProgrammeKpis;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Grants;

namespace Tanpan.Bench.ProgrammeKpis;

/// <summary>
/// The sector roll-up's data: N client organisations (產業別 skewed so that some cells have fewer than three), each with
/// 2021–2023 inventory years locked with a published snapshot (a JSON shaped like the app's: the totals first, then
/// twenty sources) and a revenue, and 2024 open (never counted); and their <c>sector</c> grants to the agency: 90 % in
/// force, the rest expired yesterday, revoked or only requested (none of which may count).
/// </summary>
internal sealed class SectorWorld(int organisations, int seed, Guid agency)
{
    private static readonly string[] Common = ["22", "25", "26", "29", "11"];
    private readonly Random _random = new(seed + 1);

    public DateOnly Today { get; } = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public async Task LoadAsync(AppDbContext db)
    {
        var orgs = new List<Organisation>();
        var years = new List<InventoryYear>();
        var snapshots = new List<ResultSnapshot>();
        var grants = new List<Grant>();
        for (var n = 0; n < organisations; n++)
        {
            var id = Guid.CreateVersion7();
            var industry = _random.NextDouble() < 0.8 ? Common[_random.Next(Common.Length)] : (8 + _random.Next(26)).ToString("00", CultureInfo.InvariantCulture);
            orgs.Add(new Organisation { Id = id, Name = $"會員{n}", IndustryCode = _random.NextDouble() < 0.02 ? null : industry, CreatedAt = DateTimeOffset.UtcNow });
            var size = 500m + (decimal)(_random.NextDouble() * 20_000);
            for (var year = 2021; year <= 2024; year++)
            {
                var inventory = new InventoryYear
                {
                    Id = Guid.CreateVersion7(), OrganisationId = id, Year = year, Boundary = BoundaryApproach.OperationalControl, PeriodStart = new DateOnly(year, 1, 1),
                    PeriodEnd = new DateOnly(year, 12, 31), FactorSetId = "moenv-6.0.4", GwpSetId = "AR5", Revision = Guid.NewGuid(),
                    LockedAt = year < 2024 ? DateTimeOffset.UtcNow : null, RevenueNtd = _random.NextDouble() < 0.9 ? Math.Round(size * 40_000m * (1 + (year - 2021) * 0.05m)) : null,
                };
                years.Add(inventory);
                if (inventory.LockedAt is not null)
                {
                    var kilograms = Math.Round(size * 1000m * (1 - ((year - 2021) * 0.03m)) * (0.9m + (decimal)(_random.NextDouble() * 0.2)), 3);
                    snapshots.Add(new ResultSnapshot
                    {
                        InventoryYearId = inventory.Id, OrganisationId = id, FactorSetId = "moenv-6.0.4", FactorSetVersion = "6.0.4", GwpSetId = "AR5",
                        CreatedAt = DateTimeOffset.UtcNow, Json = Snapshot(kilograms),
                    });
                }
            }

            var x = _random.NextDouble();
            grants.Add(new Grant
            {
                Id = Guid.CreateVersion7(), OrganisationId = id, GranteeOrganisationId = agency, Purpose = GrantPurposes.Sector,
                State = x < 0.93 ? GrantStates.Active : x < 0.97 ? GrantStates.Revoked : GrantStates.Requested,
                RequestedAt = DateTimeOffset.UtcNow, DecidedAt = DateTimeOffset.UtcNow, ExpiresOn = x is >= 0.90 and < 0.93 ? Today.AddDays(-1) : null,
                RevokedAt = x is >= 0.93 and < 0.97 ? DateTimeOffset.UtcNow : null,
            });
        }

        await BulkInsert.InsertAsync(db, orgs, default);
        await BulkInsert.InsertAsync(db, years, default);
        await BulkInsert.InsertAsync(db, snapshots, default);
        await BulkInsert.InsertAsync(db, grants, default);
        Console.WriteLine($"sector: {orgs.Count:N0} organisations, {snapshots.Count:N0} locked years with snapshots, {grants.Count(g => g.State == GrantStates.Active && g.ExpiresOn is null):N0} grants in force");
    }

    /// <summary>The app's roll-up: <see cref="SectorRollupService"/> in a DI scope of the agency, as a page request runs it.</summary>
    public async Task<Dictionary<string, decimal>> AppAsync(DatabaseSettings settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<TenantContext>();
        services.AddScoped<GrantService>();
        services.AddScoped<SectorRollupService>();
        services.AddDbContext<AppDbContext>(o => o.UseTanpanDatabase(settings));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Guid.CreateVersion7(), agency, MembershipRole.Viewer);
        var result = await scope.ServiceProvider.GetRequiredService<SectorRollupService>().RollupAsync(null, default) ?? throw new InvalidOperationException("no roll-up");
        return Sector.Figures(result.Cells.Where(c => !c.Hidden).Select(c => (c.Industry, c.Year, c.Organisations, c.Tonnes!.Value)));
    }

    private string Snapshot(decimal kilograms)
    {
        var json = new StringBuilder(4096);
        json.Append(CultureInfo.InvariantCulture, $$"""{"factorSetId":"moenv-6.0.4","factorSetVersion":"6.0.4","gwpSetId":"AR5","totalKilograms":{{kilograms}},"totalTonnes":{{kilograms / 1000m}},"sources":[""");
        for (var i = 0; i < 20; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $$"""{{(i > 0 ? "," : "")}}{"sourceId":"{{Guid.NewGuid()}}","facility":"廠區","materialKey":"electricity","materialName":"電力","scope":2,"category":2,"kilograms":{{_random.Next(1000, 100000)}}}""");
        }

        return json.Append("]}").ToString();
    }
}
