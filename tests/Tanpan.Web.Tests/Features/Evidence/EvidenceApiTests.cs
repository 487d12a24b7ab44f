using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Evidence;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.ActivityImports;
using Tanpan.Web.Tests.Support;

namespace Tanpan.Web.Tests.Features.Evidence;

public abstract class EvidenceApiTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Upload_ThenListAndDownload_RoundTripsTheBytes()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await EvidenceWorld.CreateAsync(app);

        var created = await w.UploadOkAsync(EvidenceWorld.Pdf, "2021-01 油單.pdf");
        var list = await w.World.Client.GetFromJsonAsync<List<EvidenceResponse>>(w.EntryPath, AccountsApp.Json);
        var download = await w.World.Client.GetAsync(new Uri(created.DownloadUrl, UriKind.Relative));

        list!.ShouldHaveSingleItem().Id.ShouldBe(created.Id);
        (created.FileName, created.ContentType, created.SizeBytes).ShouldBe(("2021-01 油單.pdf", "application/pdf", EvidenceWorld.Pdf.Length));
        created.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(EvidenceWorld.Pdf)));
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(EvidenceWorld.Pdf);
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("2021-01 油單.pdf");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        var stored = w.NewEntries().ShouldHaveSingleItem();
        Path.GetFileName(stored).ShouldMatch("^[0-9a-f]{32}$"); // a generated name, never the user's
    }

    [Fact]
    public async Task Upload_LargerThanTheLimit_Is413AndStoresNothing()
    {
        await using var app = new AccountsApp(fixture) { EvidenceMaxBytes = 64 * 1024 };
        var w = await EvidenceWorld.CreateAsync(app);
        var bytes = new byte[(64 * 1024) + 1];
        EvidenceWorld.Pdf.CopyTo(bytes, 0);

        var response = await w.UploadAsync(bytes, "big.pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
        problem.Title.ShouldBe("檔案太大：上限為 0.1 MB。");
        problem.Detail.ShouldBe("The file is too large: the limit is 0.1 MB.");
        w.NewEntries().ShouldBeEmpty();
        await using var db = fixture.CreateContext(w.World.OrganisationId);
        (await db.EvidenceFiles.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Upload_TheDefaultLimitIsTenMegabytes()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await EvidenceWorld.CreateAsync(app);
        var bytes = new byte[EvidenceOptions.DefaultMaxBytes + 1];
        EvidenceWorld.Pdf.CopyTo(bytes, 0);

        (await w.UploadAsync(bytes, "big.pdf")).StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        w.NewEntries().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("invoice.pdf", "exe")]
    [InlineData("archive.xlsx", "zip")]
    [InlineData("photo.png", "empty")]
    public async Task Upload_NotAnAcceptedKind_Is415AndStoresNothing(string fileName, string kind)
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await EvidenceWorld.CreateAsync(app);
        byte[] bytes = kind switch
        {
            "exe" => [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00],
            "zip" => EvidenceWorld.PlainZip(),
            _ => [],
        };

        var response = await w.UploadAsync(bytes, fileName);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
        problem.Title!.ShouldStartWith("不支援的檔案類型");
        problem.Detail!.ShouldStartWith("Unsupported file type");
        w.NewEntries().ShouldBeEmpty();
        await using var db = fixture.CreateContext(w.World.OrganisationId);
        (await db.EvidenceFiles.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData("meter.png", "png", "image/png")]
    [InlineData("meter.jpg", "jpeg", "image/jpeg")]
    [InlineData("bills.xlsx", "xlsx", MediaTypes.Xlsx)]
    [InlineData("memo.docx", "docx", MediaTypes.Docx)]
    [InlineData("bills.csv", "big5", "text/csv")]
    [InlineData("note.txt", "utf8", "text/plain")]
    [InlineData("named-wrong.txt", "png", "image/png")]
    public async Task Upload_AcceptedKind_IsJudgedByItsBytes(string fileName, string kind, string contentType)
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await EvidenceWorld.CreateAsync(app);
        byte[] bytes = kind switch
        {
            "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13],
            "jpeg" => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16],
            "xlsx" => EvidenceWorld.OfficePackage("xl"),
            "docx" => EvidenceWorld.OfficePackage("word"),
            "big5" => [0xA4, 0xEB, 0xA5, 0xF7, (byte)',', (byte)'1', (byte)'\r', (byte)'\n'], // 月份,1 in Big5
            _ => Encoding.UTF8.GetBytes("用電量 1,234 度\n"),
        };

        var created = await w.UploadOkAsync(bytes, fileName);

        created.ContentType.ShouldBe(contentType);
    }

    [Theory]
    [InlineData("../../wwwroot/evil.txt", "evil.txt")]
    [InlineData("..\\..\\data\\tanpan.db.txt", "tanpan.db.txt")]
    [InlineData("C:\\Users\\王\\a:b?.txt", "ab.txt")]
    [InlineData("..", "evidence")]
    public async Task Upload_FileNameWithPathOrControlCharacters_IsOnlyAName(string fileName, string kept)
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await EvidenceWorld.CreateAsync(app);
        var webRoot = app.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath;

        var created = await w.UploadOkAsync("plain text\n"u8.ToArray(), fileName);
        var download = await w.World.Client.GetAsync(new Uri(created.DownloadUrl, UriKind.Relative));

        created.FileName.ShouldBe(kept);
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe(kept);
        w.NewEntries().ShouldHaveSingleItem();
        File.Exists(Path.Combine(webRoot, "evil.txt")).ShouldBeFalse();
    }

    [Theory]
    [InlineData(MembershipRole.Viewer)]
    [InlineData(MembershipRole.Verifier)]
    public async Task ReadOnlyRole_CanListAndDownloadButNotUploadOrDelete(MembershipRole role)
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await EvidenceWorld.CreateAsync(app);
        var created = await w.UploadOkAsync(EvidenceWorld.Pdf, "bill.pdf");
        using var reader = await w.World.MemberAsync(role);

        (await w.UploadAsync(EvidenceWorld.Pdf, "again.pdf", reader)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reader.DeleteAsync(new Uri(created.DownloadUrl, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reader.GetFromJsonAsync<List<EvidenceResponse>>(w.EntryPath, AccountsApp.Json))!.ShouldHaveSingleItem();
        (await (await reader.GetAsync(new Uri(created.DownloadUrl, UriKind.Relative))).Content.ReadAsByteArrayAsync()).ShouldBe(EvidenceWorld.Pdf);
        w.NewEntries().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task VerifierLimitedToAnotherInventory_FindsNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await EvidenceWorld.CreateAsync(app);
        var created = await w.UploadOkAsync(EvidenceWorld.Pdf, "bill.pdf");
        var other = await w.World.CreateInventoryAsync(2022);
        using var client = await w.World.VerifierAsync(other.Id);

        (await client.GetAsync(new Uri(w.EntryPath, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(new Uri(created.DownloadUrl, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task LockedInventory_UploadAndDeleteAre409()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await EvidenceWorld.CreateAsync(app);
        var created = await w.UploadOkAsync(EvidenceWorld.Pdf, "bill.pdf");
        (await w.World.Client.PostAsync(new Uri($"/api/v1/inventories/{w.InventoryId}/lock", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await w.UploadAsync(EvidenceWorld.Pdf, "late.pdf")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await w.World.Client.DeleteAsync(new Uri(created.DownloadUrl, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        w.NewEntries().ShouldHaveSingleItem();
        (await w.World.Client.GetAsync(new Uri(created.DownloadUrl, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Delete_RemovesTheRowAndTheFileAndIsAudited()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await EvidenceWorld.CreateAsync(app);
        var created = await w.UploadOkAsync(EvidenceWorld.Pdf, "bill.pdf");

        (await w.World.Client.DeleteAsync(new Uri(created.DownloadUrl, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await w.World.Client.GetAsync(new Uri(created.DownloadUrl, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        w.NewEntries().ShouldBeEmpty();
        await using var db = fixture.CreateContext(w.World.OrganisationId);
        (await db.AuditEntries.Where(a => a.EntityId == created.Id).Select(a => a.Action).ToListAsync())
            .ShouldBe([AuditAction.Create, AuditAction.Delete], ignoreOrder: true);
    }

    [Fact]
    public async Task DeleteEntry_DeletesItsEvidenceRows_AndTheSweepItsFiles()
    {
        await using var app = new AccountsApp(fixture); // an app of its own: the sweep below deletes every file its folder holds
        var w = await EvidenceWorld.CreateAsync(app);
        await w.UploadOkAsync(EvidenceWorld.Pdf, "bill.pdf");
        var entry = $"/api/v1/inventories/{w.InventoryId}/sources/{w.SourceId}/activity/{w.EntryId}";

        (await w.World.Client.DeleteAsync(new Uri(entry, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await using (var db = fixture.CreateContext(w.World.OrganisationId))
        {
            (await db.EvidenceFiles.CountAsync()).ShouldBe(0);
        }

        var store = app.Services.GetRequiredService<EvidenceStore>();
        store.DeleteOrphans(new HashSet<string>(), TimeSpan.FromHours(1), DateTimeOffset.UtcNow).ShouldBe(0); // too new: may be an upload in progress
        store.DeleteOrphans(new HashSet<string>(), TimeSpan.FromHours(1), DateTimeOffset.UtcNow.AddHours(2)).ShouldBe(1);
        w.NewEntries().ShouldBeEmpty();
    }

    /// <summary>
    /// The scheduled sweep (Evidence:SweepEvery, here 200 ms): a file no row names and older than an hour goes; a file a row
    /// names stays however old, and an orphan younger than an hour stays (its upload may not be committed yet).
    /// </summary>
    [Fact]
    public async Task Sweeper_OnItsSchedule_DeletesOldOrphansOnly()
    {
        await using var app = new AccountsApp(fixture) { Settings = { ["Evidence:SweepEvery"] = "00:00:00.200" } };
        var w = await EvidenceWorld.CreateAsync(app);
        await w.UploadOkAsync(EvidenceWorld.Pdf, "bill.pdf");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var known = w.NewEntries().Single();
        File.SetLastWriteTimeUtc(known, now.AddDays(-30));
        var orphan = Path.Combine(app.EvidencePath, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        var fresh = Path.Combine(app.EvidencePath, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        await File.WriteAllTextAsync(orphan, "x");
        await File.WriteAllTextAsync(fresh, "x");
        File.SetLastWriteTimeUtc(orphan, now.AddHours(-2));
        File.SetLastWriteTimeUtc(fresh, now.AddMinutes(-5));

        var gone = await ImportWorld.WaitAsync(() => Task.FromResult(!File.Exists(orphan)), g => g);

        gone.ShouldBeTrue();
        (File.Exists(known), File.Exists(fresh)).ShouldBe((true, true));
    }

    [Fact]
    public async Task StoredFiles_AreOutsideTheWebRootAndNotServed()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await EvidenceWorld.CreateAsync(app);
        await w.UploadOkAsync(EvidenceWorld.Pdf, "bill.pdf");
        var environment = app.Services.GetRequiredService<IWebHostEnvironment>();
        var stored = Path.GetFileName(w.NewEntries().Single());
        var defaults = new EvidenceStore(Microsoft.Extensions.Options.Options.Create(new EvidenceOptions()), environment);

        defaults.Root.ShouldBe(Path.Combine(environment.ContentRootPath, "data", "evidence"));
        defaults.Root.ShouldNotStartWith(environment.WebRootPath);
        foreach (var path in (string[])[$"/{stored}", $"/data/evidence/{stored}", $"/evidence/{stored}"])
        {
            (await w.World.Client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode.ShouldNotBe(HttpStatusCode.OK, path);
        }
    }
}

public sealed class SqliteEvidenceApiTests(SqliteFixture fixture) : EvidenceApiTests<SqliteFixture>(fixture);

public sealed class PostgresEvidenceApiTests(PostgresFixture fixture) : EvidenceApiTests<PostgresFixture>(fixture);
