using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Features.ActivityImports;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.ActivityImports;

/// <summary>
/// A Taipower bill 計費期間 113/12/16–114/01/15, 3,100 度, imported into the 2024 and the 2025 inventory: each keeps its
/// own share by days (16/31 → 1,600 度 in December 2024, 15/31 → 1,500 度 in January 2025), marked as allocated.
/// </summary>
public abstract class ImportBillSplitTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static readonly byte[] Bill = Encoding.UTF8.GetBytes(
        "廠區,排放型式,原燃物料,活動數據,單位,年度,計費期間起,計費期間迄,資訊取得方式\n" +
        "一廠,外購電力,台電,\"3,100\",度,,113/12/16,114/01/15,電費單\n");

    [Fact]
    public async Task Import_BillAcrossNewYear_EachInventoryKeepsItsShareByDays()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w2025 = await ImportWorld.CreateAsync(app);
        var inv2025 = (await w2025.World.CreateInventoryAsync(2025)).Id;
        var inv2024 = (await w2025.World.CreateInventoryAsync(2024)).Id;

        foreach (var id in new[] { inv2025, inv2024 })
        {
            var preview = await new ImportWorld(w2025.World, id).PreviewAsync(Bill, "bill.csv", dryRun: false);
            preview.Problems.ShouldBeEmpty();
            (preview.Rows, preview.Added).ShouldBe((1, 1));
        }

        await using var db = fixture.CreateContext(w2025.World.OrganisationId);
        var entries = await db.ActivityEntries.Where(e => e.InventoryYearId == inv2024 || e.InventoryYearId == inv2025).ToListAsync();
        entries.OrderBy(e => e.Year).Select(e => (e.InventoryYearId, e.Year, e.Month, e.Amount, e.Unit, e.DataSourceMethod)).ShouldBe(
        [
            (inv2024, 2024, (int?)12, 1600m, "度", "電費單〔跨年按日分攤 16/31 日〕"),
            (inv2025, 2025, (int?)1, 1500m, "度", "電費單〔跨年按日分攤 15/31 日〕"),
        ]);
        entries.Sum(e => e.Amount).ShouldBe(3100m);

        // the same file again: unchanged, nothing written
        (await new ImportWorld(w2025.World, inv2025).PreviewAsync(Bill, "bill.csv", dryRun: false)).Unchanged.ShouldBe(1);
    }

    [Fact]
    public async Task Import_BillWithNoDayInTheInventory_IsRefusedAndSavesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await ImportWorld.CreateAsync(app);   // the 2021 inventory
        var before = await w.StateAsync(fixture);

        var preview = await w.PreviewAsync(Bill, "bill.csv", dryRun: false, HttpStatusCode.BadRequest);

        preview.Problems.ShouldHaveSingleItem().ShouldBe(new ImportProblem("", 2, "month", "期間不在本盤查年度的範圍（2021-01-01–2021-12-31）內",
            "the period is outside the inventory's period (2021-01-01–2021-12-31)"));
        (await w.StateAsync(fixture)).ShouldBe(before);
    }
}

public sealed class SqliteImportBillSplitTests(SqliteFixture fixture) : ImportBillSplitTests<SqliteFixture>(fixture);

public sealed class PostgresImportBillSplitTests(PostgresFixture fixture) : ImportBillSplitTests<PostgresFixture>(fixture);
