using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Mail;

namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// The public side of a programme: the applicant has no session in the agency. Each call finds the programme's
/// agency, opens a service scope acting as that agency with no user (the audit trail shows the system) and works
/// there; the applicant's own request context is never given the agency's rights. The confirmation link is an
/// <see cref="ApplicationTokens"/> token sent by e-mail; with mail off it is shown to the agency's members only.
/// </summary>
public sealed class PublicApplications(
    IServiceScopeFactory scopes, AppDbContext db, ApplicationTokens tokens, IMailSender mail, ILogger<PublicApplications> log)
{
    /// <summary>The programmes open to applications, in every agency (title and year only).</summary>
    public async Task<List<Programme>> OpenProgrammesAsync(CancellationToken ct) =>
        await db.Programmes.IgnoreQueryFilters().AsNoTracking().Where(p => p.AcceptsApplications).OrderByDescending(p => p.Year).ThenBy(p => p.TitleZh).ToListAsync(ct);

    public async Task<(Programme Programme, List<ProgrammeService> Services)?> OpenAsync(Guid programmeId, CancellationToken ct) =>
        await AgencyOfAsync(programmeId, ct) is Guid agency ? await InAgencyAsync(agency, intake => intake.OpenAsync(programmeId, ct)) : null;

    /// <summary>Saves the application unconfirmed and mails the link; the errors (nothing saved) otherwise.</summary>
    internal async Task<SubmitOutcome> SubmitAsync(Guid programmeId, ApplicationInput input, Guid? applicantOrganisationId, string culture, string baseUri, CancellationToken ct)
    {
        if (await AgencyOfAsync(programmeId, ct) is not Guid agency)
        {
            var closed = new FieldErrors();
            closed.Add("programme", "此計畫目前不受理申請。", "This programme is not taking applications.");
            return new(null, closed, false);
        }

        var (id, errors) = await InAgencyAsync(agency, intake => intake.SubmitAsync(programmeId, input, applicantOrganisationId, culture, ct));
        if (id is not Guid applicationId)
        {
            return new(null, errors, false);
        }

        var mailed = await MailLinkAsync(agency, applicationId, input.Email!.Trim(), culture, baseUri, ct);
        return new(applicationId, errors, mailed);
    }

    /// <summary>Confirms the application the token names; null for a bad or expired token.</summary>
    public async Task<ApplicationStatus?> ConfirmAsync(string? token, CancellationToken ct)
    {
        if (tokens.Read(token) is not { } t)
        {
            return null;
        }

        return await InAgencyAsync(t.OrganisationId, async intake =>
            await intake.ConfirmAsync(t.ApplicationId, ct) is { } a ? await StatusAsync(intake.Db, a, ct) : null);
    }

    /// <summary>What the token's page shows before confirming: the application's own state only.</summary>
    public async Task<ApplicationStatus?> StatusAsync(string? token, CancellationToken ct)
    {
        if (tokens.Read(token) is not { } t)
        {
            return null;
        }

        return await InAgencyAsync(t.OrganisationId, async intake =>
            await intake.Db.ProgrammeApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == t.ApplicationId, ct) is { } a ? await StatusAsync(intake.Db, a, ct) : null);
    }

    /// <summary>The link for an agency member to pass on when mail is off (the application page shows it).</summary>
    public string ConfirmationLink(Guid organisationId, Guid applicationId, string baseUri) =>
        $"{baseUri.TrimEnd('/')}/apply/confirm?token={Uri.EscapeDataString(tokens.Issue(organisationId, applicationId))}";

    private async Task<bool> MailLinkAsync(Guid agency, Guid applicationId, string to, string culture, string baseUri, CancellationToken ct)
    {
        if (!mail.Enabled)
        {
            return false;
        }

        var link = ConfirmationLink(agency, applicationId, baseUri);
        var english = culture.StartsWith("en", StringComparison.Ordinal);
        var body = english
            ? $"Thank you for applying. Please confirm your application within seven days by opening this link:\n\n{link}\n\nIf you did not apply, ignore this message."
            : $"感謝您提出輔導申請。請於 7 日內開啟下列連結確認申請：\n\n{link}\n\n若您並未申請，請忽略本信。";
        try
        {
            return await mail.SendAsync(new OutgoingMail(to, english ? "Please confirm your guidance application" : "請確認您的輔導申請", body), ct);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException or MailKit.Net.Smtp.SmtpCommandException)
        {
            MailFailed(log, applicationId, e);
            return false;
        }
    }

    private static readonly Action<ILogger, Guid, Exception?> MailFailed = LoggerMessage.Define<Guid>(LogLevel.Warning, new EventId(2001, "ConfirmationMailFailed"),
        "The confirmation mail for application {Application} could not be sent; the agency's members see the link on the application page.");

    private async Task<Guid?> AgencyOfAsync(Guid programmeId, CancellationToken ct) =>
        await db.Programmes.IgnoreQueryFilters().AsNoTracking().Where(p => p.Id == programmeId && p.AcceptsApplications)
            .Select(p => (Guid?)p.OrganisationId).SingleOrDefaultAsync(ct);

    private async Task<T> InAgencyAsync<T>(Guid agency, Func<ProgrammeIntake, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(null, agency, null);
        return await work(scope.ServiceProvider.GetRequiredService<ProgrammeIntake>());
    }

    private static async Task<ApplicationStatus> StatusAsync(AppDbContext agencyDb, ProgrammeApplication a, CancellationToken ct)
    {
        var programme = await agencyDb.Programmes.AsNoTracking().SingleAsync(p => p.Id == a.ProgrammeId, ct);
        var requests = await agencyDb.ProgrammeRequests.AsNoTracking().Where(r => r.ApplicationId == a.Id)
            .Join(agencyDb.ProgrammeServices.AsNoTracking(), r => r.ServiceId, s => s.Id, (r, s) => new { s.Position, s.NameZh, s.NameEn, r.State })
            .ToListAsync(ct);
        return new(programme.TitleZh, programme.TitleEn, a.FactoryName, a.Number, a.ConfirmedAt is not null,
            [.. requests.OrderBy(r => r.Position).Select(r => (r.NameZh, r.NameEn, r.State))]);
    }
}

internal sealed record SubmitOutcome(Guid? ApplicationId, FieldErrors Errors, bool Mailed);

/// <summary>An application as its applicant sees it through the link: its own programme, number and states, nothing else.</summary>
public sealed record ApplicationStatus(string ProgrammeZh, string ProgrammeEn, string FactoryName, int? Number, bool Confirmed,
    IReadOnlyList<(string NameZh, string NameEn, string State)> Requests);
