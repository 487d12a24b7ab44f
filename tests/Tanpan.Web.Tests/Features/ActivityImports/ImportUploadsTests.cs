using System.Net;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.ActivityImports;

/// <summary>
/// No stray upload files (issue 16, point 8): an upload is written only for a caller who may import, is kept only once
/// its preview is clean, leaves no file or folder behind, and leftovers are swept at start-up and on a schedule.
/// </summary>
public abstract class ImportUploadsTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Import_PreviewCommitAndBrokenFile_LeaveNoFileOrFolder()
    {
        await using var app = new AccountsApp(fixture);
        var w = await ImportWorld.CreateAsync(app);

        await w.PreviewAsync(ImportWorld.Sample("seed001-example-2021.csv"), "seed001.csv", dryRun: true);
        await w.PreviewAsync(ImportWorld.Sample("seed001-example-2021.xlsx"), "seed001.xlsx", dryRun: false);
        (await w.PostAsync([1, 2, 3], "broken.xlsx", dryRun: true)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var job = await w.StartJobAsync(ImportWorld.Sample("seed001-example-2021.csv"), "job.csv");
        job.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await w.FinishedJobAsync(job.Headers.Location!)).Finished.ShouldBeTrue();

        Directory.GetFiles(app.ImportPath, "*", SearchOption.AllDirectories).ShouldBeEmpty();
        Directory.GetDirectories(app.ImportPath).Select(Path.GetFileName).ShouldBe(["incoming"]); // no folder per inventory left
    }

    [Fact]
    public async Task Import_ViewerOrLockedInventory_WritesNothingToDisk()
    {
        await using var app = new AccountsApp(fixture);
        var w = await ImportWorld.CreateAsync(app);
        var viewer = await w.World.MemberAsync(MembershipRole.Viewer);

        (await w.PostAsync(ImportWorld.Sample("seed001-example-2021.csv"), "s.csv", dryRun: true, viewer)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await w.StartJobAsync(ImportWorld.Sample("seed001-example-2021.csv"), "s.csv", viewer)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ImportWorld.PostAsync(w.World.Client, $"/api/v1/inventories/{Guid.NewGuid()}/import", [1], "s.csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        Directory.GetFileSystemEntries(app.ImportPath).ShouldBeEmpty();
    }

    [Fact]
    public async Task StartUp_SweepsReceivedFilesExpiredFilesAndEmptyFolders_KeepsFreshOnes()
    {
        await using var app = new AccountsApp(fixture);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var received = Write(app.ImportPath, "incoming", "0123.csv", now);
        var expired = Write(app.ImportPath, Guid.NewGuid().ToString("N"), "old.csv", now.AddHours(-2));
        var fresh = Write(app.ImportPath, Guid.NewGuid().ToString("N"), "fresh.csv", now.AddMinutes(-5));
        var empty = Directory.CreateDirectory(Path.Combine(app.ImportPath, Guid.NewGuid().ToString("N"))).FullName;

        using var client = app.CreateClient(); // starts the host

        File.Exists(received).ShouldBeFalse(); // no request can be reading it at start-up
        File.Exists(expired).ShouldBeFalse();
        Directory.Exists(Path.GetDirectoryName(expired)).ShouldBeFalse();
        Directory.Exists(empty).ShouldBeFalse();
        File.Exists(fresh).ShouldBeTrue(); // the import page may still commit it
    }

    [Fact]
    public async Task Sweeper_OnItsSchedule_DeletesFilesThatExpireAfterStartUp()
    {
        await using var app = new AccountsApp(fixture) { Settings = { ["Import:SweepEvery"] = "00:00:00.200" } };
        using var client = app.CreateClient();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var expired = Write(app.ImportPath, Guid.NewGuid().ToString("N"), "old.xlsx", now.AddHours(-2));
        var fresh = Write(app.ImportPath, Guid.NewGuid().ToString("N"), "fresh.xlsx", now);

        var gone = await ImportWorld.WaitAsync(() => Task.FromResult(!File.Exists(expired)), g => g);

        gone.ShouldBeTrue();
        File.Exists(fresh).ShouldBeTrue();
    }

    private static string Write(string root, string folder, string name, DateTime modifiedUtc)
    {
        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(root, folder)).FullName, name);
        File.WriteAllText(path, "x");
        File.SetLastWriteTimeUtc(path, modifiedUtc);
        return path;
    }
}

public sealed class SqliteImportUploadsTests(SqliteFixture fixture) : ImportUploadsTests<SqliteFixture>(fixture);

public sealed class PostgresImportUploadsTests(PostgresFixture fixture) : ImportUploadsTests<PostgresFixture>(fixture);
