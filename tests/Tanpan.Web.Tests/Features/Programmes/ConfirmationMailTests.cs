using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Programmes;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Support;

namespace Tanpan.Web.Tests.Features.Programmes;

/// <summary>
/// The applicant's e-mail confirmation end to end, with mail on: the public form is posted, the app's SMTP client
/// (MailKit) delivers to a real SMTP listener on 127.0.0.1, the link in the mail is opened (a GET does not confirm),
/// the confirm button puts the application in the queue; the link past its seven days is refused.
/// </summary>
public sealed class ConfirmationMailTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task Submit_MailsASignedLink_ThatConfirmsIntoTheQueue_UntilItExpires()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var app = new AccountsApp(fixture);
        app.Settings["Mail:Enabled"] = "true";
        app.Settings["Mail:Host"] = "127.0.0.1";
        app.Settings["Mail:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        app.Settings["Mail:From"] = "Tanpan <no-reply@tanpan.test>";
        var agency = await app.SeedOrganisationAsync("低碳輔導計畫辦公室");
        var tenant = new TenantContext();
        tenant.Set(Guid.CreateVersion7(), agency, MembershipRole.Owner);
        Guid programme;
        await using (var db = fixture.CreateContext(tenant))
        {
            var admin = new ProgrammeAdmin(db, tenant, app.Clock);
            programme = (await admin.LoadSampleAsync(default)).Result.ShouldBeOfType<Created<Programme>>().Value!.Id;
            await admin.SetAcceptingAsync(programme, true, default);
        }

        using var applicant = app.CreateClient();
        var sent = await PageForm.HtmlAsync(await PageForm.PostAsync(applicant, $"/apply/{programme}", "application", ApplicationForms.Inventory("lin@dyeing.example.tw")));

        sent.ShouldContain("確認信已寄到 lin@dyeing.example.tw");
        var (recipients, message) = await smtp.NextAsync();
        recipients.ShouldBe(["lin@dyeing.example.tw"]);
        message.Subject.ShouldBe("請確認您的輔導申請");
        message.From.Mailboxes.Single().Address.ShouldBe("no-reply@tanpan.test");
        var body = message.TextBody.ShouldNotBeNull();
        var start = body.IndexOf("http", StringComparison.Ordinal);
        var link = new Uri(body[start..body.IndexOf('\n', start)].Trim());
        link.AbsolutePath.ShouldBe("/apply/confirm");

        var opened = await PageForm.HtmlAsync(await applicant.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative)));
        opened.ShouldContain("確認送出申請");
        await using (var db = fixture.CreateContext(agency))
        {
            (await db.ProgrammeRequests.SingleAsync()).State.ShouldBe(RequestStates.Unconfirmed);   // opening the link is not confirming
        }

        var confirmed = await PageForm.HtmlAsync(await PageForm.PostAsync(applicant, link.PathAndQuery, "confirm-application", []));
        confirmed.ShouldContain("已確認申請，案件編號 1。");
        await using (var db = fixture.CreateContext(agency))
        {
            (await db.ProgrammeRequests.SingleAsync()).State.ShouldBe(RequestStates.Queued);
        }

        app.Clock.Now = app.Clock.Now.Add(ApplicationTokens.Lifetime).AddSeconds(1);
        var late = await applicant.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative));
        late.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }
}
