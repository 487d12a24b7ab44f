using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Training;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Training;

/// <summary>
/// The pages end to end (issue 20 item 6): staff create a course and session, hand out the signed registration link, a
/// person registers with no account (and gets no session), staff take attendance and issue certificates, and anyone
/// with the number and check code sees the certificate valid, then revoked; changed links and codes are refused.
/// </summary>
public sealed class TrainingPagesTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task StaffJourney_CourseSessionLinkRegistrationAttendanceCertificate()
    {
        await using var app = AccountsApp.Shared(fixture);
        var agency = await app.SeedOrganisationAsync("財團法人台灣產業服務基金會");
        using var staff = await app.SignedInClientAsync(await app.SeedUserAsync(false, (agency, MembershipRole.Editor)));

        var created = await PageForm.PostAsync(staff, "/training/courses/new", "course",
            new() { ["Input.TierKey"] = "lecture", ["Input.Title"] = "115年碳盤查講習班（台中）" });
        var coursePath = created.RequestMessage!.RequestUri!.AbsolutePath;
        coursePath.ShouldStartWith("/training/courses/");
        var sessionPage = await PageForm.PostAsync(staff, coursePath, "session", new()
        {
            ["Input.Place"] = "台中工業區服務中心", ["Input.FirstDate"] = "2026-12-04", ["Input.Days"] = "1", ["Input.HoursPerDay"] = "6", ["Input.Capacity"] = "1",
        });
        var sessionPath = sessionPage.RequestMessage!.RequestUri!.AbsolutePath;
        sessionPath.ShouldStartWith("/training/sessions/");

        var linkPage = await PageForm.HtmlAsync(await PageForm.PostAsync(staff, sessionPath, "registration-link", new() { ["Link"] = "1" }));
        var link = System.Text.RegularExpressions.Regex.Match(linkPage, "http://localhost/(training/register/[^\"]+)\"").Groups[1].Value;
        link.ShouldNotBeEmpty();

        using var person = app.CreateClient();
        var registered = await PageForm.PostAsync(person, "/" + link, "register", Person("林小華", "lin@example.com.tw"));
        (await PageForm.HtmlAsync(registered)).ShouldContain("林小華 已報名成功（正取）。");
        registered.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(c => c.StartsWith("tanpan.session", StringComparison.Ordinal));
        var waiting = await PageForm.PostAsync(person, "/" + link, "register", Person("陳大文", "chen@example.com.tw"));
        (await PageForm.HtmlAsync(waiting)).ShouldContain("名額已滿，陳大文 已列入候補第 1 位");
        using (var noRedirect = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }))
        {
            // The registering person was never signed in: the agency's pages send them to sign in.
            (await noRedirect.GetAsync(new Uri("/training", UriKind.Relative))).Headers.Location!.AbsolutePath.ShouldBe("/login");
        }

        await using var db = fixture.CreateContext(agency);
        var lin = await db.TrainingRegistrations.SingleAsync(r => r.PersonName == "林小華");
        (await PageForm.PostAsync(staff, $"{sessionPath}/attendance?day=1", "attendance", new() { ["Present"] = lin.Id.ToString() })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var issued = await PageForm.HtmlAsync(await PageForm.PostAsync(staff, sessionPath, "issue-certificates", new() { ["Issue"] = "1" }));

        issued.ShouldContain("TP-2026-LECT-0001");
        var certificate = await db.TrainingCertificates.SingleAsync();
        var sheet = await PageForm.HtmlAsync(await staff.GetAsync(new Uri($"/training/certificates/{certificate.Id}", UriKind.Relative)));
        sheet.ShouldContain("茲證明 台灣測試股份有限公司 林小華 已於 2026年12月4日 完成「115年碳盤查講習班（台中）」（講習班）全部課程");
        sheet.ShouldContain($"http://localhost/training/verify/TP-2026-LECT-0001/{CertificateNumbers.Display(certificate.CheckCode)}");

        // The same session page in English: every label from the English resources, none of the Chinese ones left.
        var english = await PageForm.HtmlAsync(await staff.GetAsync(new Uri($"/culture?c=en&redirect={Uri.EscapeDataString(sessionPath)}", UriKind.Relative)));
        english.ShouldContain("Create a registration link");
        english.ShouldContain("Wait list, number 1");
        english.ShouldContain("1 of 1");
        foreach (var chinese in new[] { "產生報名連結", "報名名單", "候補", "完訓與發證", "名額" })
        {
            english.ShouldNotContain(chinese);
        }
    }

    [Fact]
    public async Task RegistrationLink_ChangedExpiredOrClosed_IsRefused()
    {
        await using var app = AccountsApp.Shared(fixture);
        var agency = await app.SeedOrganisationAsync("財團法人工業技術研究院");
        await using var w = TrainingWorld.For(fixture, agency);
        var (_, session) = await w.SessionAsync("pcf", days: 1, first: new DateOnly(2026, 12, 4), title: "產品碳足跡實踐體驗講習");
        var links = app.Services.GetRequiredService<TrainingLinks>();
        var token = links.Issue(agency, session.Id, new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.FromHours(8)));
        using var client = app.CreateClient();

        (await client.GetAsync(new Uri($"/training/register/{token}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var changed = token[..^3] + (token[^3] == 'A' ? 'B' : 'A') + token[^2..];
        (await client.GetAsync(new Uri($"/training/register/{changed}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var otherPurpose = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Tanpan.Pact.AccessToken")
            .Protect($"{agency:N}.{session.Id:N}.{DateTimeOffset.MaxValue.ToUnixTimeSeconds()}");
        (await client.GetAsync(new Uri($"/training/register/{otherPurpose}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        app.Clock.Now = new DateTimeOffset(2026, 12, 3, 16, 0, 0, TimeSpan.Zero);   // 2026-12-04 00:00 in Taiwan: expired
        (await client.GetAsync(new Uri($"/training/register/{token}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        app.Clock.Now = Seed.Time;
        await w.Training.SetRegistrationOpenAsync(session.Id, false, default);
        var closed = await PageForm.HtmlAsync(await client.GetAsync(new Uri($"/training/register/{token}", UriKind.Relative)));
        closed.ShouldContain("本場次已停止報名。");
        closed.ShouldNotContain("送出報名");
    }

    [Fact]
    public async Task Verify_ValidRevokedAndChangedCodes_AnsweredWithoutASession()
    {
        await using var app = AccountsApp.Shared(fixture);
        var agency = await app.SeedOrganisationAsync("財團法人台灣產業服務基金會");
        await using var w = TrainingWorld.For(fixture, agency);
        var (_, session) = await w.SessionAsync("seed", days: 1, first: new DateOnly(2026, 12, 11), title: "115年種子班");
        var registration = await w.RegisterAsync(session.Id, TrainingWorld.Person("張志明"));
        await w.Training.SaveAttendanceAsync(session.Id, 1, [registration.Id], default);
        var certificate = (await w.Training.IssueCertificatesAsync(session.Id, default)).Result
            .ShouldBeOfType<Microsoft.AspNetCore.Http.HttpResults.Ok<List<TrainingCertificate>>>().Value!.Single();
        using var anyone = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var path = $"/training/verify/{certificate.Number}/{CertificateNumbers.Display(certificate.CheckCode)}";

        var valid = await anyone.GetAsync(new Uri(path, UriKind.Relative));
        var html = await PageForm.HtmlAsync(valid);
        html.ShouldContain("查驗結果：此證書有效。");
        html.ShouldContain("張志明");
        html.ShouldContain("115年種子班");
        html.ShouldNotContain(certificate.CheckCode);   // the page confirms; it does not print the code again
        valid.Headers.Contains("Set-Cookie").ShouldBeFalse();
        (await anyone.GetAsync(new Uri($"/training/verify/{certificate.Number.ToLowerInvariant()}/{certificate.CheckCode.ToLowerInvariant()}", UriKind.Relative)))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var wrongCode = certificate.CheckCode[..9] + (certificate.CheckCode[9] == 'Z' ? 'Y' : 'Z');
        (await anyone.GetAsync(new Uri($"/training/verify/{certificate.Number}/{wrongCode}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anyone.GetAsync(new Uri($"/training/verify/TP-2026-SEED-0002/{certificate.CheckCode}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await w.Training.RevokeCertificateAsync(certificate.Id, "重複發證", default);
        var revoked = await PageForm.HtmlAsync(await anyone.GetAsync(new Uri(path, UriKind.Relative)));
        revoked.ShouldContain("此證書已撤銷，不再有效。");
        revoked.ShouldNotContain("重複發證");   // the reason stays with the agency
    }

    private static Dictionary<string, string> Person(string name, string email) => new()
    {
        ["Input.CompanyName"] = "台灣測試股份有限公司", ["Input.TaxId"] = "04595252", ["Input.PersonName"] = name, ["Input.JobTitle"] = "環安專員",
        ["Input.Email"] = email, ["Input.Phone"] = "04-2359-1234",
    };
}
