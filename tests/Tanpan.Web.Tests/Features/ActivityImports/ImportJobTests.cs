using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Inventory;
using Tanpan.Web.Data.Entities;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Web.Features.ActivityImports;
using Tanpan.Web.Features.ActivityImports.Jobs;
using Tanpan.Web.Data;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Members;

namespace Tanpan.Web.Tests.Features.ActivityImports;

/// <summary>
/// Background import jobs: <c>POST …/imports</c> checks the file then commits it in a job; <c>GET …/imports/{jobId}</c>
/// and the job page show progress; the job saves all rows or none; a job cut off by a restart is marked failed.
/// </summary>
public abstract class ImportJobTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Job_ValidFile_SucceedsAndTheInventoryHoldsTheFilesRows()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await ImportWorld.CreateAsync(app);
        var file = ImportWorld.Sample("seed001-example-2021.csv");

        var response = await w.StartJobAsync(file, "seed001.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var job = await w.FinishedJobAsync(response.Headers.Location!);
        (job.State, job.RowsDone, job.RowsTotal, job.Added, job.Changed, job.Unchanged, job.ErrorEn).ShouldBe(("succeeded", 8, 8, 8, 0, 0, (string?)null));
        job.FileName.ShouldBe("seed001.csv");
        var results = await Inventories.ResultsApiClient.GetAsync(w.World.Client, w.InventoryId);
        var cli = InventoryCalculation.Run(ActivityFileReader.Open(Path.Combine("samples", "seed001-example-2021.csv")).Records, new InventoryOptions()).Result!;
        results.TotalKilograms.ShouldBe(cli.Total.Kilograms);
        await using var db = fixture.CreateContext(w.World.OrganisationId);
        (await db.ActivityEntries.CountAsync(e => e.InventoryYearId == w.InventoryId)).ShouldBe(8); // the file's rows, each once
        (await db.ActivityEntries.Select(e => e.Amount).ToListAsync()).Sum().ShouldBe(63_834_148.9m); // 54,835,200 + 3,882 + … as in the file
        // the audit trail records every row the job wrote, as for an edit
        var audited = await db.AuditEntries.Where(a => a.InventoryYearId == w.InventoryId && a.Action == AuditAction.Create).GroupBy(a => a.EntityType)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        (audited["ActivityEntry"], audited["EmissionSource"]).ShouldBe((8, 8));
        Directory.GetFiles(app.ImportPath, "*", SearchOption.AllDirectories).ShouldBeEmpty();

        var again = await w.FinishedJobAsync((await w.StartJobAsync(file, "seed001.csv")).Headers.Location!);
        (again.State, again.Added, again.Unchanged).ShouldBe(("succeeded", 0, 8)); // keyed: no duplicates
    }

    [Fact]
    public async Task Job_FileWithProblems_Is400WithThePreviewAndStartsNoJob()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await ImportWorld.CreateAsync(app);
        var csv = "facility,source_type,material,activity,unit,year,month\n甲廠,stationary,diesel,x,L,2021,2\n";

        var response = await w.StartJobAsync(Encoding.UTF8.GetBytes(csv), "bad.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<ImportPreview>(AccountsApp.Json))!.Problems.ShouldNotBeEmpty();
        await using var db = fixture.CreateContext(w.World.OrganisationId);
        (await db.ImportJobs.CountAsync(), await db.ActivityEntries.CountAsync()).ShouldBe((0, 0));
    }

    [Fact]
    public async Task Job_FailingMidway_FailsAndLeavesNoRow()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await ImportWorld.CreateAsync(app);
        var before = await w.StateAsync(fixture);
        await using var db = fixture.CreateContext(w.World.OrganisationId);
        await db.Database.ExecuteSqlRawAsync(fixture.Provider == DatabaseProvider.Sqlite ? SqliteFault : PostgresFault);
        try
        {
            // 1,200 entries in three insert statements; the database refuses row 977 (amount 1076.5), in the third
            var response = await w.StartJobAsync(BigFile(1200), "big.csv");
            response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
            var job = await w.FinishedJobAsync(response.Headers.Location!);

            (job.State, job.Added).ShouldBe(("failed", 0));
            job.ErrorEn!.ShouldStartWith("The import failed and saved nothing.");
            job.ErrorZh!.ShouldStartWith("匯入失敗，未儲存任何資料。");
            (await w.StateAsync(fixture)).ShouldBe(before); // no facility, source, entry or audit row; same revision
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync(fixture.Provider == DatabaseProvider.Sqlite ? "DROP TRIGGER \"FailImport\"" : "DROP TRIGGER \"FailImport\" ON \"ActivityEntries\"");
        }
    }

    /// <summary>A real fault of the database: one row of the file is refused while the job writes it.</summary>
    private const string SqliteFault = """
        CREATE TRIGGER "FailImport" BEFORE INSERT ON "ActivityEntries" WHEN NEW."Amount" = '1076.5'
        BEGIN SELECT RAISE(ABORT, 'injected fault'); END
        """;

    private const string PostgresFault = """
        CREATE OR REPLACE FUNCTION fail_import() RETURNS trigger AS $$
        BEGIN IF NEW."Amount" = 1076.5 THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
        CREATE TRIGGER "FailImport" BEFORE INSERT ON "ActivityEntries" FOR EACH ROW EXECUTE FUNCTION fail_import();
        """;

    [Fact]
    public async Task Job_OfAnotherOrganisation_Is404OnTheApiAndThePage()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await ImportWorld.CreateAsync(app);
        var other = await ImportWorld.CreateAsync(app);
        var location = (await other.StartJobAsync(ImportWorld.Sample("seed001-example-2021.csv"), "b.csv")).Headers.Location!;
        var jobId = (await other.FinishedJobAsync(location)).Id;

        // A asks for B's job under B's inventory and under its own
        foreach (var inventory in (Guid[])[other.InventoryId, w.InventoryId])
        {
            (await w.World.Client.GetAsync(new Uri($"/api/v1/inventories/{inventory}/imports/{jobId}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var user = await app.SeedUserAsync(false, (w.World.OrganisationId, MembershipRole.Owner));
        var page = await MembersPagesTests<TFixture>.PageClientAsync(app, user);
        (await page.GetAsync(new Uri($"/inventories/{w.InventoryId}/import/jobs/{jobId}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.World.Client.GetAsync(location)).StatusCode.ShouldBe(HttpStatusCode.OK); // B still sees it
    }

    [Fact]
    public async Task JobPage_WhileRunning_RefreshesItselfAndShowsProgress_AndStopsWhenDone()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await ImportWorld.CreateAsync(app);
        var user = await app.SeedUserAsync(false, (w.World.OrganisationId, MembershipRole.Viewer));
        var client = await MembersPagesTests<TFixture>.PageClientAsync(app, user);
        var running = await SeedJobAsync(w, ImportJobState.Running, job => (job.RowsDone, job.RowsTotal) = (25_000, 100_000));
        var done = await SeedJobAsync(w, ImportJobState.Succeeded, job => (job.RowsDone, job.RowsTotal, job.Added, job.Changed, job.Unchanged) = (10, 10, 7, 2, 1));

        var html = Squeeze(await MembersPagesTests<TFixture>.PageAsync(client, $"/inventories/{w.InventoryId}/import/jobs/{running}"));

        html.ShouldContain("<meta http-equiv=\"refresh\" content=\"2\"");
        html.ShouldContain("<progress id=\"import-progress\" max=\"100000\" value=\"25000\">");
        html.ShouldContain("匯入中：已處理 25,000 列，共 100,000 列。");
        var api = await w.World.Client.GetFromJsonAsync<ImportJobStatus>($"/api/v1/inventories/{w.InventoryId}/imports/{running}", AccountsApp.Json);
        (api!.State, api.RowsDone, api.RowsTotal).ShouldBe(("running", 25_000, 100_000)); // the page and the API say the same

        var finished = Squeeze(await MembersPagesTests<TFixture>.PageAsync(client, $"/inventories/{w.InventoryId}/import/jobs/{done}"));
        finished.ShouldNotContain("http-equiv=\"refresh\"");
        finished.ShouldContain("已匯入：新增 7 筆、變更 2 筆、未變更 1 筆。");
    }

    [Fact]
    public async Task Restart_MarksJobsLeftRunningOrQueuedAsFailed()
    {
        Guid running, queued, succeeded;
        ImportWorld w;
        await using (var app = new AccountsApp(fixture))
        {
            w = await ImportWorld.CreateAsync(app);
            running = await SeedJobAsync(w, ImportJobState.Running, _ => { });
            queued = await SeedJobAsync(w, ImportJobState.Queued, _ => { });
            succeeded = await SeedJobAsync(w, ImportJobState.Succeeded, _ => { });
        }

        await using var restarted = new AccountsApp(fixture); // a fresh host: the restart is what is tested
        _ = restarted.Server; // starts the host (and its hosted services)

        await using var db = fixture.CreateContext(w.World.OrganisationId);
        var jobs = await db.ImportJobs.ToDictionaryAsync(j => j.Id);
        (jobs[running].State, jobs[queued].State, jobs[succeeded].State).ShouldBe((ImportJobState.Failed, ImportJobState.Failed, ImportJobState.Succeeded));
        jobs[running].ErrorEn.ShouldBe(ImportJobRunner.InterruptedEn);
        jobs[running].ErrorZh.ShouldBe(ImportJobRunner.InterruptedZh);
    }

    private async Task<Guid> SeedJobAsync(ImportWorld w, ImportJobState state, Action<ImportJob> set)
    {
        await using var db = fixture.CreateContext(w.World.OrganisationId);
        var job = new ImportJob { Id = Guid.CreateVersion7(), InventoryYearId = w.InventoryId, FileName = "活動.csv", State = state, CreatedAt = Seed.Time };
        set(job);
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    }

    private static string Squeeze(string html) => Regex.Replace(WebUtility.HtmlDecode(html), @">\s+<", "><");

    internal static byte[] BigFile(int rows)
    {
        var csv = new StringBuilder("廠區,排放型式,原燃物料,活動數據,單位,年度,月份,製程,設備,資訊取得方式\n");
        for (var i = 0; i < rows; i++)
        {
            var (source, month) = (i / 12, (i % 12) + 1);
            csv.Append(CultureInfo.InvariantCulture, $"廠{source % 10},固定燃燒,柴油,{100 + (i % 977)}.5,公升,2021,{month},鍋爐區,鍋爐{source},財務單據\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

}

public sealed class SqliteImportJobTests(SqliteFixture fixture) : ImportJobTests<SqliteFixture>(fixture);

public sealed class PostgresImportJobTests(PostgresFixture fixture) : ImportJobTests<PostgresFixture>(fixture);
