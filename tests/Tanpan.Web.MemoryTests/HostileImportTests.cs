using Xunit.Abstractions;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Documents.Tests.ActivityFiles.Hostile;

namespace Tanpan.Web.Tests.Features.ActivityImports;

/// <summary>
/// The hostile files through <c>POST /api/v1/inventories/{id}/import</c>: a dry run and a commit both answer 400 with
/// problem details naming the refusal in Chinese (title) and English (detail), nothing is saved, no upload is left
/// on disk, and the server's peak managed memory while answering stays under the 64 MB import budget (issue 16).
/// </summary>
[Collection(nameof(MemoryMeasured))]
public abstract class HostileImportTests<TFixture>(TFixture fixture, ITestOutputHelper output) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Theory]
    [MemberData(nameof(HostileFiles.Names), MemberType = typeof(HostileFiles))]
    public async Task Import_HostileFile_Is400ProblemInBothLanguagesWithinTheMemoryBudget(string name)
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await ImportWorld.CreateAsync(app);
        (await w.PreviewAsync(ImportWorld.Sample("seed001-example-2021.csv"), "warm-up.csv", dryRun: true)).Problems.ShouldBeEmpty();
        var (bytes, fileName, en, zh) = HostileFiles.Make(name);
        var before = await w.StateAsync(fixture);

        foreach (var dryRun in (bool[])[true, false])
        {
            var probe = PeakMemory.Start();
            var response = await w.PostAsync(bytes, fileName, dryRun);
            probe.Stop();
            var body = await response.Content.ReadAsStringAsync();
            output.WriteLine($"{name} dryRun={dryRun} ({bytes.Length:N0} bytes): {(int)response.StatusCode} {probe}");

            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
            var problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
            problem.Title.ShouldNotBeNull().ShouldStartWith("檔案無法匯入：");
            problem.Title.ShouldContain(zh);
            problem.Detail.ShouldNotBeNull().ShouldStartWith("The file cannot be imported: ");
            problem.Detail.ShouldContain(en, Case.Insensitive);
            probe.Elapsed.ShouldBeLessThan(HostileFiles.MaxTime);
            probe.PeakBytes.ShouldBeLessThan(ReadBudget.DefaultBytes);
        }

        (await w.StateAsync(fixture)).ShouldBe(before);
        Directory.GetFiles(app.ImportPath, "*", SearchOption.AllDirectories).ShouldBeEmpty();
        Directory.GetDirectories(app.ImportPath).Select(Path.GetFileName).ShouldBe(["incoming"]);
    }
}

public sealed class SqliteHostileImportTests(SqliteFixture fixture, ITestOutputHelper output) : HostileImportTests<SqliteFixture>(fixture, output);

public sealed class PostgresHostileImportTests(PostgresFixture fixture, ITestOutputHelper output) : HostileImportTests<PostgresFixture>(fixture, output);
