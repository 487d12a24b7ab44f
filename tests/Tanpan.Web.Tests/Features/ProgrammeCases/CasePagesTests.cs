using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Support;

namespace Tanpan.Web.Tests.Features.ProgrammeCases;

/// <summary>
/// The case pages through HTTP as a browser uses them: the visit form's messages next to their fields in Chinese and
/// English with nothing saved, a visit with a photo saved and its file downloadable, the board marking overdue cases.
/// </summary>
public sealed class CasePagesTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private readonly AccountsApp _app = AccountsApp.Shared(fixture);

    [Fact]
    public async Task VisitForm_EmptyFields_ShowsEachMessageUnderItsFieldAndSavesNothing()
    {
        var (world, @case, client) = await OwnerWithCaseAsync();

        var html = await PageForm.HtmlAsync(await PostVisitAsync(client, @case.Id, ("Input.VisitedOn", ""), ("Input.PeoplePresent", ""), ("Input.Findings", "x"), ("Input.NextSteps", "")));

        html.ShouldContain("<p class=\"validation-message\" id=\"visitedOn-error\">請填訪視日期。</p>");
        html.ShouldContain("<p class=\"validation-message\" id=\"peoplePresent-error\">此欄位必填。</p>");
        html.ShouldContain("<p class=\"validation-message\" id=\"nextSteps-error\">此欄位必填。</p>");
        html.ShouldNotContain("id=\"findings-error\"");
        html.ShouldContain(">x</textarea>");   // what was typed stays
        await using var db = fixture.CreateContext(world.Agency);
        (await db.CaseVisits.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task VisitForm_InEnglish_UnreadableDate_ShowsEnglishMessages()
    {
        var (_, @case, client) = await OwnerWithCaseAsync();
        await client.GetAsync(new Uri("/culture?c=en&redirect=/", UriKind.Relative));

        var html = await PageForm.HtmlAsync(await PostVisitAsync(client, @case.Id, ("Input.VisitedOn", "2026-13-45"), ("Input.PeoplePresent", "Lin"), ("Input.Findings", ""), ("Input.NextSteps", "Bills")));

        html.ShouldContain("Record a visit");
        html.ShouldContain("id=\"visitedOn-error\"");
        html.ShouldContain("<p class=\"validation-message\" id=\"findings-error\">This field is required.</p>");
    }

    [Fact]
    public async Task VisitForm_WithAPhoto_SavesAndTheCasePageLinksTheFile()
    {
        var (world, @case, client) = await OwnerWithCaseAsync();

        var response = await PostVisitAsync(client, @case.Id, [("現場.png", Png)], ("Input.VisitedOn", "2026-11-22"), ("Input.PeoplePresent", "林課長"),
            ("Input.Findings", "空壓機洩漏"), ("Input.NextSteps", "彙整電費單"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await using var db = fixture.CreateContext(world.Agency);
        var file = await db.CaseVisitFiles.SingleAsync();
        var page = await PageForm.HtmlAsync(await client.GetAsync(new Uri($"/cases/{@case.Id}", UriKind.Relative)));
        page.ShouldContain($"href=\"/cases/files/{file.Id}\">現場.png</a>");
        var download = await client.GetAsync(new Uri($"/cases/files/{file.Id}", UriKind.Relative));
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Png);
    }

    [Fact]
    public async Task Board_MarksTheOverdueCase()
    {
        var (world, @case, client) = await OwnerWithCaseAsync();
        await using (var db = fixture.CreateContext(world.Agency))
        {
            // As if opened on 1 October: 資料蒐集 was due 30 days later, before today (22 November).
            var row = await db.ProgrammeCases.SingleAsync(c => c.Id == @case.Id);
            row.OpenedOn = new DateOnly(2026, 10, 1);
            foreach (var stage in await db.ProgrammeCaseStages.Where(s => s.CaseId == @case.Id).ToListAsync())
            {
                stage.DueOn = stage.DueOn.AddDays(-52);
            }

            await db.SaveChangesAsync();
        }

        var html = await PageForm.HtmlAsync(await client.GetAsync(new Uri("/cases?overdue=true", UriKind.Relative)));

        html.ShouldContain("class=\"case-card overdue\"");
        html.ShouldContain($"href=\"/cases/{@case.Id}\">{@case.ClientName}</a>");
        html.ShouldContain("<strong class=\"overdue-tag\">逾期</strong>");
        html.ShouldContain("到期 2026-10-31");
    }

    private async Task<(CaseWorld World, ProgrammeCase Case, HttpClient Client)> OwnerWithCaseAsync()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var opened = await world.OpenAsync("inventory", world.TeamA, Random.Shared.Next(1, 1000));
        var owner = await _app.SeedUserAsync(false, (world.Agency, MembershipRole.Owner));
        return (world, opened, await _app.SignedInClientAsync(owner));
    }

    private static Task<HttpResponseMessage> PostVisitAsync(HttpClient client, Guid caseId, params (string Name, string Value)[] fields) =>
        PostVisitAsync(client, caseId, [], fields);

    private static async Task<HttpResponseMessage> PostVisitAsync(HttpClient client, Guid caseId, (string Name, byte[] Bytes)[] files, params (string Name, string Value)[] fields)
    {
        var path = $"/cases/{caseId}/visits/new";
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Antiforgery.Token(page)), Antiforgery.FieldName },
            { new StringContent("visit"), "_handler" },
        };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            content.Add(file, "files", name);
        }

        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }
}
