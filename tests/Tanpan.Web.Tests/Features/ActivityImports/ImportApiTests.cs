using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Tanpan.Core.Inventory;
using Tanpan.Web.Data.Entities;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Web.Features.ActivityImports;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.ActivityImports;

/// <summary><c>POST /api/v1/inventories/{id}/import</c>: the preview, the keyed commit, and all-or-nothing.</summary>
public abstract class ImportApiTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Import_Seed001_DryRunSavesNothingThenCommitGivesTheCliTotal()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await ImportWorld.CreateAsync(app);
        var before = await w.StateAsync(fixture);

        var preview = await w.PreviewAsync(ImportWorld.Sample("seed001-example-2021.csv"), "seed001.csv", dryRun: true);

        preview.Problems.ShouldBeEmpty();
        (preview.Rows, preview.Added, preview.Changed, preview.Unchanged, preview.Committed).ShouldBe((8, 8, 0, 0, false));
        preview.FacilitiesToCreate.ShouldBe(["示範工廠"]);
        preview.SourcesToCreate.Count.ShouldBe(8);
        preview.SourcesToCreate[0].ShouldBe(new ImportSource("示範工廠", "stationary", "natural_gas", "塗裝作業乾燥設備", "乾燥爐"));
        (await w.StateAsync(fixture)).ShouldBe(before);

        var committed = await w.PreviewAsync(ImportWorld.Sample("seed001-example-2021.csv"), "seed001.csv", dryRun: false);

        (committed.Committed, committed.Added).ShouldBe((true, 8));
        var results = await Inventories.ResultsApiClient.GetAsync(w.World.Client, w.InventoryId);
        var cli = InventoryCalculation.Run(ActivityFileReader.Open(Path.Combine("samples", "seed001-example-2021.csv")).Records, new InventoryOptions()).Result!;
        results.TotalKilograms.ShouldBe(cli.Total.Kilograms);
        results.TotalTonnes.ToString("N3", CultureInfo.InvariantCulture).ShouldBe("107,714.816");
    }

    [Fact]
    public async Task Import_SameFileAgain_ChangesNothingAndSaysUnchanged()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await ImportWorld.CreateAsync(app);
        await w.PreviewAsync(ImportWorld.Sample("seed001-example-2021.csv"), "seed001.csv", dryRun: false);
        var before = await w.StateAsync(fixture);

        var again = await w.PreviewAsync(ImportWorld.Sample("seed001-example-2021-big5.csv"), "big5.csv", dryRun: false);

        (again.Added, again.Changed, again.Unchanged, again.SourcesToCreate.Count, again.FacilitiesToCreate.Count).ShouldBe((0, 0, 8, 0, 0));
        (await w.StateAsync(fixture)).ShouldBe(before); // no row, no audit entry, same revision
    }

    [Fact]
    public async Task Import_ChangedAmountAndNewMonth_ChangesOneAndAddsOne()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await ImportWorld.CreateAsync(app);
        await w.PreviewAsync(ImportWorld.Sample("seed001-example-2021.csv"), "seed001.csv", dryRun: false);
        var text = Encoding.UTF8.GetString(ImportWorld.Sample("seed001-example-2021.csv")).Replace("\"3,882\"", "4000", StringComparison.Ordinal)
            + "示範工廠,固定燃燒,員工宿舍,熱水器,天然氣,12,立方公尺,2021,財務單據(繳費單),\n";
        var file = Encoding.UTF8.GetBytes(text.Replace("資訊取得方式,設備類型", "資訊取得方式,設備類型", StringComparison.Ordinal));

        var preview = await w.PreviewAsync(file, "changed.csv", dryRun: false, HttpStatusCode.BadRequest);

        // the new row has no month and the same key as line 3: refused, not summed or guessed
        preview.Problems.ShouldHaveSingleItem().ShouldBe(new ImportProblem("", 10, "month",
            "與第 3 行是同一排放源的同一期間（廠區、排放型式、原燃物料、製程、設備、年度、月份皆同）",
            "same source and period as line 3 (facility, source type, material, process, equipment, year and month)"));

        var fixedFile = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(ImportWorld.Sample("seed001-example-2021.csv")).Replace("\"3,882\"", "4000", StringComparison.Ordinal));
        var changed = await w.PreviewAsync(fixedFile, "changed.csv", dryRun: false);
        (changed.Added, changed.Changed, changed.Unchanged).ShouldBe((0, 1, 7));
    }

    [Fact]
    public async Task Import_WithBadRows_ImportsNothingAndReportsEveryBadRowWithLineAndColumn()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await ImportWorld.CreateAsync(app);
        var before = await w.StateAsync(fixture);
        var csv = "廠區,排放型式,原燃物料,活動數據,單位,年度,月份\n"
            + "甲廠,固定燃燒,柴油,100,公升,2021,1\n"
            + "甲廠,固定燃燒,柴油,100,公斤,2021,2\n"       // line 3: mass unit for a per-litre factor
            + "甲廠,固定燃燒,柴油,100,公升,2021,2\n"
            + "\"甲廠\",固定燃燒,柴油,-5,公升,2022,3\n"     // line 5: negative amount and outside the period
            + "甲廠,外購電力,外購電力,1000,度,2021,13\n";  // line 6: month 13

        var response = await w.PostAsync(Encoding.UTF8.GetBytes(csv), "bad.csv", dryRun: false);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var preview = (await response.Content.ReadFromJsonAsync<ImportPreview>(AccountsApp.Json))!;
        preview.Committed.ShouldBeFalse();
        preview.Problems.Select(p => (p.Line, p.Column)).ShouldBe([(3, "unit"), (5, "activity"), (6, "month")]);
        preview.Problems.ShouldAllBe(p => p.MessageZh.Length > 0 && p.MessageEn.Length > 0);
        (await w.StateAsync(fixture)).ShouldBe(before);

        var period = csv.Replace("-5", "5", StringComparison.Ordinal);
        var second = await w.PreviewAsync(Encoding.UTF8.GetBytes(period), "bad.csv", dryRun: true);
        second.Problems.Select(p => (p.Line, p.Column)).ShouldBe([(3, "unit"), (5, "month"), (6, "month")]);
        second.Problems[1].MessageEn.ShouldBe("the period is outside the inventory's period (2021-01-01–2021-12-31)");
    }

    [Fact]
    public async Task Import_Big5AndUtf8AndXlsx_ReadTheSameRows()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await ImportWorld.CreateAsync(app);

        var big5 = await w.PreviewAsync(ImportWorld.Sample("seed001-example-2021-big5.csv"), "big5.csv", dryRun: true);
        var utf8 = await w.PreviewAsync(ImportWorld.Sample("seed001-example-2021.csv"), "utf8.csv", dryRun: true);
        var xlsx = await w.PreviewAsync(ImportWorld.Sample("seed001-example-2021.xlsx"), "book.xlsx", dryRun: true);

        (big5.Format, utf8.Format, xlsx.Format).ShouldBe(("CSV Big5", "CSV UTF-8", "XLSX"));
        big5.SourcesToCreate.ShouldBe(utf8.SourcesToCreate);
        xlsx.SourcesToCreate.ShouldBe(utf8.SourcesToCreate);
        (big5.Added, utf8.Added, xlsx.Added).ShouldBe((8, 8, 8));
    }

    [Theory]
    [MemberData(nameof(BrokenFiles.Names), MemberType = typeof(BrokenFiles))]
    public async Task Import_BrokenFile_EndsInAClearErrorAndChangesNothing(string name)
    {
        await using var app = new AccountsApp(fixture);
        var w = await ImportWorld.CreateAsync(app);
        var (bytes, fileName, expected) = BrokenFiles.Make(name);
        var before = await w.StateAsync(fixture);

        var preview = await w.PreviewAsync(bytes, fileName, dryRun: false, HttpStatusCode.BadRequest);

        preview.Committed.ShouldBeFalse();
        preview.Problems.ShouldNotBeEmpty();
        string.Join("\n", preview.Problems.Select(p => p.MessageEn)).ShouldContain(expected, Case.Insensitive);
        (await w.StateAsync(fixture)).ShouldBe(before);
        Directory.GetFiles(app.ImportPath, "*", SearchOption.AllDirectories).ShouldBeEmpty(); // the upload is not kept
    }

    [Fact]
    public async Task Import_LargerThanTheLimit_Is413AndChangesNothing()
    {
        await using var app = new AccountsApp(fixture) { ImportMaxBytes = 1024 };
        var w = await ImportWorld.CreateAsync(app);
        var before = await w.StateAsync(fixture);
        var big = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(ImportWorld.Sample("seed001-example-2021.csv")) + new string(' ', 1024));

        var response = await w.PostAsync(big, "big.csv", dryRun: false);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail.ShouldBe("The file is larger than the 0 MB limit.");
        (await w.StateAsync(fixture)).ShouldBe(before);
    }

    [Fact]
    public async Task Import_LockedInventoryIs409_ViewerIs403_AndNothingChanges()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await ImportWorld.CreateAsync(app);
        var viewer = await w.World.MemberAsync(MembershipRole.Viewer);
        var sample = ImportWorld.Sample("seed001-example-2021.csv");
        var before = await w.StateAsync(fixture);

        (await w.PostAsync(sample, "s.csv", dryRun: true, viewer)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await w.PostAsync(sample, "s.csv", dryRun: false, viewer)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await w.StateAsync(fixture)).ShouldBe(before);

        (await w.World.Client.PostAsJsonAsync($"/api/v1/inventories/{w.InventoryId}/lock", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var locked = await w.StateAsync(fixture);
        (await w.PostAsync(sample, "s.csv", dryRun: false)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await w.StateAsync(fixture)).ShouldBe(locked);
    }
}

public sealed class SqliteImportApiTests(SqliteFixture fixture) : ImportApiTests<SqliteFixture>(fixture);

public sealed class PostgresImportApiTests(PostgresFixture fixture) : ImportApiTests<PostgresFixture>(fixture);
