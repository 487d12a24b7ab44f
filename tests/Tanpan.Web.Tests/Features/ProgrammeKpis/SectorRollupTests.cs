using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.ProgrammeKpis;
using Tanpan.Web.Infrastructure.Grants;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.ProgrammeKpis;

/// <summary>
/// The sector roll-up on a real database (issue 20 item 7), hand-worked:
/// <code>
/// C1 11  2022 100 t (NT$10 M)  2023  90 t (NT$10 M)                  sector grant in force
/// C2 11  2022 200 t (NT$20 M)  2023 180 t (NT$25 M)                  sector grant in force
/// C3 11  2022 300 t (NT$30 M)  2023 330 t (NT$30 M)  2024 999 t open  sector grant in force
/// C4 11  2022 1,000 t                                                sector grant whose last day was yesterday
/// C5 11  2022 5,000 t                                                a workspace grant only (another purpose)
/// C6 25  2023 50 t                                                   sector grant in force (alone in its cell)
/// C7 11  2022 7,000 t                                                sector grant to ANOTHER agency
/// → (11, 2022) 3 organisations 600 t; (11, 2023) 3 organisations 600 t; (25, 2023) hidden; 4 organisations counted
/// </code>
/// </summary>
public abstract class SectorRollupTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private sealed record Sample(Guid Agency, Guid OtherAgency, Grant C2Grant);

    private static async Task<Sample> SeedAsync(SectorWorld w)
    {
        var agency = await w.OrganisationAsync("產業低碳輔導計畫辦公室", null);
        var other = await w.OrganisationAsync("另一個機關", null);
        async Task<Guid> ClientAsync(string name, string industry, params (int Year, decimal Tonnes, decimal? Revenue)[] years)
        {
            var id = await w.OrganisationAsync(name, industry);
            foreach (var (year, tonnes, revenue) in years)
            {
                await w.YearAsync(id, year, tonnes, revenue);
            }

            return id;
        }

        var c1 = await ClientAsync("C1", "11", (2022, 100m, 10_000_000m), (2023, 90m, 10_000_000m));
        var c2 = await ClientAsync("C2", "11", (2022, 200m, 20_000_000m), (2023, 180m, 25_000_000m));
        var c3 = await ClientAsync("C3", "11", (2022, 300m, 30_000_000m), (2023, 330m, 30_000_000m));
        await w.YearAsync(c3, 2024, 999m, 30_000_000m, locked: false);
        var c4 = await ClientAsync("C4", "11", (2022, 1000m, null));
        var c5 = await ClientAsync("C5", "11", (2022, 5000m, null));
        var c6 = await ClientAsync("C6", "25", (2023, 50m, null));
        var c7 = await ClientAsync("C7", "11", (2022, 7000m, null));
        await w.GiveAsync(c1, agency);
        var c2Grant = await w.GiveAsync(c2, agency);
        await w.GiveAsync(c3, agency);
        await w.GiveAsync(c4, agency, expiresOn: SectorWorld.TodayInTaiwan.AddDays(-1));
        await w.GiveAsync(c5, agency, GrantPurposes.Workspace);
        await w.GiveAsync(c6, agency);
        await w.GiveAsync(c7, other);
        return new Sample(agency, other, c2Grant);
    }

    [Fact]
    public async Task Rollup_CountsOnlyGrantsInForce_LockedYears_AndHidesSmallCells()
    {
        await using var w = new SectorWorld(fixture);
        var s = await SeedAsync(w);

        var result = (await w.RollupAsync(s.Agency)).ShouldNotBeNull();

        result.Organisations.ShouldBe(4);   // C1, C2, C3, C6: not the expired C4, the workspace-only C5, nor C7's grant to another agency
        result.Years.ShouldBe([2022, 2023]);   // C3's open 2024 is not counted
        result.Cells.Where(c => !c.Hidden).Select(c => (c.Industry, c.Year, c.Organisations, c.Tonnes)).ShouldBe([("11", 2022, 3, (decimal?)600m), ("11", 2023, 3, (decimal?)600m)]);
        var metal = result.Cells.Single(c => c.Industry == "25");
        (metal.Hidden, metal.Tonnes).ShouldBe((true, null));
        result.Cells.Single(c => c.Year == 2023 && c.Industry == "11").IntensityChange!.Value.ShouldBe((60m / 65m) - 1m, 1e-12m);   // like for like vs 2022
    }

    [Fact]
    public async Task Rollup_ClientRevokes_DropsOutAtOnce()
    {
        await using var w = new SectorWorld(fixture);
        var s = await SeedAsync(w);
        (await w.RollupAsync(s.Agency)).ShouldNotBeNull().Cells.Count(c => !c.Hidden).ShouldBe(2);

        await w.RevokeAsync(s.C2Grant.OrganisationId, s.C2Grant.Id);

        var after = (await w.RollupAsync(s.Agency)).ShouldNotBeNull();
        after.Organisations.ShouldBe(3);
        after.Cells.Where(c => c.Industry == "11").ShouldAllBe(c => c.Hidden && c.Organisations == 2 && c.Tonnes == null);   // two left: below the minimum
    }

    [Fact]
    public async Task Rollup_OtherAgencySeesOnlyItsOwnConsent_AndNonReadersNothing()
    {
        await using var w = new SectorWorld(fixture);
        var s = await SeedAsync(w);

        var other = (await w.RollupAsync(s.OtherAgency)).ShouldNotBeNull();
        (other.Organisations, other.Cells.Single().Hidden, other.Cells.Single().Organisations).ShouldBe((1, true, 1));   // C7 only, and hidden
        (await w.RollupAsync(s.Agency, MembershipRole.Verifier)).ShouldBeNull();
        (await w.RollupAsync(s.Agency, MembershipRole.Consultant)).ShouldBeNull();
    }
}

public sealed class SqliteSectorRollupTests(SqliteFixture fixture) : SectorRollupTests<SqliteFixture>(fixture);

public sealed class PostgresSectorRollupTests(PostgresFixture fixture) : SectorRollupTests<PostgresFixture>(fixture);
