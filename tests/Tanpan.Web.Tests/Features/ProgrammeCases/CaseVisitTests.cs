using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.ProgrammeCases;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.ProgrammeCases;

/// <summary>Visit records on a real database: every field checked before anything is kept, files bounded and typed by content, nothing half-saved.</summary>
public abstract class CaseVisitTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    /// <summary>The eight-byte PNG signature and an IHDR start: enough for the content check.</summary>
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private static VisitUpload File(string name, byte[] bytes) => new(name, bytes.Length, () => new MemoryStream(bytes));

    private static VisitInput Visit(DateOnly? on, params VisitUpload[] files) => new(on, "林課長（廠務）、王顧問", "空壓機洩漏，約 15% 耗電浪費。", "下次訪視前完成電費單彙整。", files);

    [Fact]
    public async Task Record_Valid_WithAPhoto_SavesTheVisitAndTheFile()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var opened = await world.OpenAsync("inventory", world.TeamA);
        await using (var s = world.AsAgency())
        {
            (await s.Visits.RecordAsync(opened.Id, Visit(opened.OpenedOn, File("空壓機.png", Png)), default)).Result.ShouldBeOfType<Created<CaseVisit>>();
        }

        await using var read = world.AsAgency();
        var visit = (await read.Visits.ListAsync(opened.Id, default)).ShouldHaveSingleItem();
        visit.Visit.RecordedByUserId.ShouldBe(world.Officer);
        var file = visit.Files.ShouldHaveSingleItem();
        (file.FileName, file.ContentType, file.SizeBytes).ShouldBe(("空壓機.png", "image/png", 16L));
        world.StoredFiles().ShouldHaveSingleItem();
        var opening = await read.Visits.OpenAsync(file.Id, default);
        await using var content = opening.ShouldNotBeNull().Content;
        content.Length.ShouldBe(16);
    }

    [Fact]
    public async Task Record_EmptyFindingsAndFutureDate_SavesNothingAndStoresNoFile()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var opened = await world.OpenAsync("inventory", world.TeamA);
        await using (var s = world.AsAgency())
        {
            var input = Visit(opened.OpenedOn.AddDays(1), File("a.png", Png)) with { Findings = "  " };
            var result = await s.Visits.RecordAsync(opened.Id, input, default);
            result.Result.ShouldBeOfType<ValidationProblem>().ProblemDetails.Errors.Keys.Order().ShouldBe(["findings", "visitedOn"]);
        }

        await using var read = world.AsAgency();
        (await read.Db.CaseVisits.CountAsync()).ShouldBe(0);
        (await read.Db.CaseVisitFiles.CountAsync()).ShouldBe(0);
        world.StoredFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task Record_SecondFileNotAnAcceptedKind_SavesNothingAndRemovesTheFirstFile()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var opened = await world.OpenAsync("inventory", world.TeamA);
        await using (var s = world.AsAgency())
        {
            var program = File("setup.exe", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);   // "MZ": a Windows program, not a photo
            var result = await s.Visits.RecordAsync(opened.Id, Visit(opened.OpenedOn, File("ok.png", Png), program), default);
            var problem = result.Result.ShouldBeOfType<ValidationProblem>();
            problem.ProblemDetails.Errors["files"].ShouldHaveSingleItem().ShouldContain("setup.exe");
        }

        await using var read = world.AsAgency();
        (await read.Db.CaseVisits.CountAsync()).ShouldBe(0);
        (await read.Db.CaseVisitFiles.CountAsync()).ShouldBe(0);
        world.StoredFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task Record_SixFiles_IsRefusedBeforeStoringAny()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var opened = await world.OpenAsync("inventory", world.TeamA);
        await using var s = world.AsAgency();

        var files = Enumerable.Range(1, CaseVisitStore.MaxFiles + 1).Select(n => File($"{n}.txt", Encoding.UTF8.GetBytes("紀錄"))).ToArray();
        var result = await s.Visits.RecordAsync(opened.Id, Visit(opened.OpenedOn, files), default);

        result.Result.ShouldBeOfType<ValidationProblem>().ProblemDetails.Errors.Keys.ShouldBe(["files"]);
        world.StoredFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task Record_OnAClosedCase_IsRefused()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var opened = await world.OpenAsync("inventory", world.TeamA);
        await using (var s = world.AsAgency())
        {
            (await s.Work.MoveAsync(opened.Id, "closed", 1, default)).Result.ShouldBeOfType<Ok<ProgrammeCase>>();
        }

        await using var again = world.AsAgency();
        (await again.Visits.RecordAsync(opened.Id, Visit(opened.OpenedOn), default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(409);
    }

    [Fact]
    public async Task Record_AsViewer_IsRefusedButTheViewerReadsVisits()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var opened = await world.OpenAsync("inventory", world.TeamA);
        await using (var s = world.AsAgency())
        {
            (await s.Visits.RecordAsync(opened.Id, Visit(opened.OpenedOn), default)).Result.ShouldBeOfType<Created<CaseVisit>>();
        }

        await using var viewer = world.AsAgency(MembershipRole.Viewer);
        (await viewer.Visits.RecordAsync(opened.Id, Visit(opened.OpenedOn), default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(403);
        (await viewer.Visits.ListAsync(opened.Id, default)).Count.ShouldBe(1);
    }
}
