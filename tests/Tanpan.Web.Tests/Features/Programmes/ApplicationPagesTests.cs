using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Programmes;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Programmes;

/// <summary>
/// The public application page with no account (mail off in the shared host): errors next to their fields in Chinese
/// and English with nothing saved, the officer seeing the confirmation link instead of a mail, a member's profile
/// prefilling the form, and the officer's pages.
/// </summary>
public sealed class ApplicationPagesTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private readonly AccountsApp _app = AccountsApp.Shared(fixture);

    [Fact]
    public async Task Apply_TwoServicesNotMidSized_ShowsTheRuleNextToTheServicesAndSavesNothing()
    {
        var (agency, programme) = await AgencyAsync();
        using var anonymous = _app.CreateClient();
        var form = ApplicationForms.Inventory();
        (form["Input.Services[1].Key"], form["Input.Services[1].Chosen"]) = ("verification", "true");

        var html = await PageForm.HtmlAsync(await PageForm.PostAsync(anonymous, $"/apply/{programme}", "application", form));

        html.ShouldContain("<p class=\"validation-message\" id=\"services-error\">僅限勾選一項輔導項目（中堅企業不限）。</p>");
        await using var db = fixture.CreateContext(agency);
        (await db.ProgrammeApplications.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Apply_InEnglish_ShowsTheTaxIdMessageInEnglish()
    {
        var (_, programme) = await AgencyAsync();
        using var anonymous = _app.CreateClient();
        await anonymous.GetAsync(new Uri("/culture?c=en&redirect=/", UriKind.Relative));
        var form = ApplicationForms.Inventory();
        form["Input.TaxId"] = "22099132";

        var html = await PageForm.HtmlAsync(await PageForm.PostAsync(anonymous, $"/apply/{programme}", "application", form));

        html.ShouldContain("The 統一編號 must be 8 digits that pass the Ministry of Finance check.");
        html.ShouldContain("Guidance application");
    }

    [Fact]
    public async Task Apply_MailOff_SavesUnconfirmedAndTheOfficerSeesTheLink()
    {
        var (agency, programme) = await AgencyAsync();
        using var anonymous = _app.CreateClient();

        var html = await PageForm.HtmlAsync(await PageForm.PostAsync(anonymous, $"/apply/{programme}", "application", ApplicationForms.Inventory()));

        html.ShouldContain("申請已送出，尚待確認。");
        await using var db = fixture.CreateContext(agency);
        var application = await db.ProgrammeApplications.SingleAsync();
        (application.ConfirmedAt, application.Number).ShouldBe((null, null));
        (await db.ProgrammeRequests.SingleAsync()).State.ShouldBe(RequestStates.Unconfirmed);
        using var officer = await _app.SignedInClientAsync(await _app.SeedUserAsync(false, (agency, MembershipRole.Editor)));
        var page = await PageForm.HtmlAsync(await officer.GetAsync(new Uri($"/programmes/applications/{application.Id}", UriKind.Relative)));
        page.ShouldContain("/apply/confirm?token=");
        using var stranger = _app.CreateClient();   // the link confirms without an account
        var link = page[page.IndexOf("/apply/confirm?token=", StringComparison.Ordinal)..];
        link = link[..link.IndexOf('<', StringComparison.Ordinal)];
        var confirmed = await PageForm.HtmlAsync(await PageForm.PostAsync(stranger, link, "confirm-application", []));
        confirmed.ShouldContain("已確認申請，案件編號 1。");
        confirmed.ShouldContain("排隊審查中");
    }

    [Fact]
    public async Task Apply_AsMemberOfAnOrganisation_PrefillsFromItsProfile()
    {
        var (_, programme) = await AgencyAsync();
        var applicant = await _app.SeedOrganisationAsync("大宏精密股份有限公司");
        await using (var db = fixture.CreateContext(applicant))
        {
            var o = await db.Organisations.SingleAsync();
            (o.TaxId, o.CapitalNtd, o.ContactEmail, o.IndustryCode) = ("04595252", 50_000_000m, "ehs@dahong.example.tw", "25");
            await db.SaveChangesAsync();
        }

        using var member = await _app.SignedInClientAsync(await _app.SeedUserAsync(false, (applicant, MembershipRole.Owner)));
        var html = await PageForm.HtmlAsync(await member.GetAsync(new Uri($"/apply/{programme}", UriKind.Relative)));

        html.ShouldContain("value=\"大宏精密股份有限公司\"");
        html.ShouldContain("value=\"04595252\"");
        html.ShouldContain("value=\"5000\"");   // NT$50,000,000 is 5,000 萬元
        html.ShouldContain("value=\"ehs@dahong.example.tw\"");
        html.ShouldContain("已依貴組織在碳盤的基本資料預先填入");
    }

    [Fact]
    public async Task ApplyPage_ClosedProgramme_IsNotFound()
    {
        var (agency, programme) = await AgencyAsync();
        await using (var db = fixture.CreateContext(agency))
        {
            (await db.Programmes.SingleAsync()).AcceptsApplications = false;
            await db.SaveChangesAsync();
        }

        using var anonymous = _app.CreateClient();
        (await anonymous.GetAsync(new Uri($"/apply/{programme}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ConfirmPage_AlteredToken_IsNotFound()
    {
        using var anonymous = _app.CreateClient();

        var response = await anonymous.GetAsync(new Uri("/apply/confirm?token=CfDJ8altered", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OfficerPages_InChinese_ShowNoIdKeyOrEnglishWord()
    {
        var (agency, programme) = await AgencyAsync();
        using var anonymous = _app.CreateClient();
        var form = ApplicationForms.Inventory();
        (form["Input.Services[0].Key"], form["Input.Stage"], form["Input.HasOffsetExperience"]) = ("offset-support", "verification", "true");
        await PageForm.PostAsync(anonymous, $"/apply/{programme}", "application", form);
        Guid application, service;
        await using (var db = fixture.CreateContext(agency))
        {
            application = (await db.ProgrammeApplications.SingleAsync()).Id;
            service = (await db.ProgrammeRequests.SingleAsync()).ServiceId;
        }

        using var officer = await _app.SignedInClientAsync(await _app.SeedUserAsync(false, (agency, MembershipRole.Owner)));
        foreach (var path in new[] { "/programmes", $"/programmes/{programme}", $"/programmes/services/{service}", $"/programmes/applications/{application}", $"/apply/{programme}" })
        {
            var html = await PageForm.HtmlAsync(await officer.GetAsync(new Uri(path, UriKind.Relative)));
            var main = html[html.IndexOf("<main", StringComparison.Ordinal)..];
            var text = System.Text.RegularExpressions.Regex.Replace(main, "<(code|script|style)\\b.*?</\\1>|<[^>]+>", " ", System.Text.RegularExpressions.RegexOptions.Singleline);
            System.Text.RegularExpressions.Regex.IsMatch(text, "[0-9a-f]{8}-[0-9a-f]{4}-").ShouldBeFalse(path);
            text = System.Text.RegularExpressions.Regex.Replace(text, "[^\\s@]+@[^\\s@]+", " ");   // the applicant's own e-mail address
            var words = System.Text.RegularExpressions.Regex.Matches(text, "[A-Za-z_]{2,}").Select(m => m.Value).Distinct().ToList();
            words.ShouldBeSubsetOf(["mail", "CBAM", "NT", "docx", "CCC", "code", "Tanpan"], $"{path}: {string.Join(", ", words)}");
        }
    }

    /// <summary>An agency (its own organisation) with the sample programme loaded and open.</summary>
    private async Task<(Guid Agency, Guid Programme)> AgencyAsync()
    {
        var agency = await _app.SeedOrganisationAsync("低碳輔導計畫辦公室");
        var tenant = new TenantContext();
        tenant.Set(Guid.CreateVersion7(), agency, MembershipRole.Owner);
        await using var db = fixture.CreateContext(tenant);
        var admin = new ProgrammeAdmin(db, tenant, _app.Clock);
        var programme = (await admin.LoadSampleAsync(default)).Result.ShouldBeOfType<Created<Programme>>().Value!;
        await admin.SetAcceptingAsync(programme.Id, true, default);
        return (agency, programme.Id);
    }
}
