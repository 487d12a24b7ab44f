using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Xunit.Abstractions;

namespace Tanpan.Web.Tests.Features.ActivityImports;

/// <summary>A 100,000-row file (8,334 sources × 12 months) through preview, a background commit job and a re-import, with the times printed.</summary>
public sealed class ImportScaleTests(SqliteFixture fixture, ITestOutputHelper output) : IClassFixture<SqliteFixture>
{
    public const int Rows = 100_000;

    [Fact]
    public async Task Import_100000Rows_PreviewsCommitsAndReimportsUnchanged()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await ImportWorld.CreateAsync(app);
        var file = File();

        var clock = Stopwatch.StartNew();
        var preview = await w.PreviewAsync(file, "big.csv", dryRun: true);
        var previewTime = clock.Elapsed;
        clock.Restart();
        var started = await w.StartJobAsync(file, "big.csv");
        var startTime = clock.Elapsed;
        started.StatusCode.ShouldBe(System.Net.HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var job = await w.FinishedJobAsync(started.Headers.Location!);
        var commitTime = clock.Elapsed;
        clock.Restart();
        var again = await w.PreviewAsync(file, "big.csv", dryRun: true);
        var againTime = clock.Elapsed;
        output.WriteLine($"{file.Length / 1e6:0.0} MB: preview {previewTime.TotalSeconds:0.0} s, job started after {startTime.TotalSeconds:0.0} s (checked again) and finished after {commitTime.TotalSeconds:0.0} s, re-import preview {againTime.TotalSeconds:0.0} s");

        (preview.Problems.Count, preview.Rows, preview.Added, preview.SourcesToCreate.Count).ShouldBe((0, Rows, Rows, (Rows + 11) / 12));
        (job.State, job.Added, job.RowsDone).ShouldBe(("succeeded", Rows, Rows));
        (again.Added, again.Changed, again.Unchanged).ShouldBe((0, 0, Rows));
        (await w.StateAsync(fixture)).Entries.ShouldBe(Rows);
    }

    private static byte[] File()
    {
        var csv = new StringBuilder("廠區,排放型式,原燃物料,活動數據,單位,年度,月份,製程,設備,資訊取得方式\n");
        for (var i = 0; i < Rows; i++)
        {
            var (source, month) = (i / 12, (i % 12) + 1);
            csv.Append(CultureInfo.InvariantCulture, $"廠{source % 10},固定燃燒,柴油,{100 + (i % 977)}.5,公升,2021,{month},鍋爐區,鍋爐{source},財務單據\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
