using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.FollowUps;

/// <summary>
/// The client's side of the 成效追蹤表 (docs/follow-ups.md, "The form"): reached through the reminder's signed link (no
/// session), or by a member of the client's Tanpan organisation. Either way the work runs in a service scope acting as
/// the agency (the follow-up is the agency's row) on that one follow-up only; the caller's own context never gets the
/// agency's rights. The prefill is read through the client's follow-up grant (<see cref="FollowUpPrefill"/>).
/// </summary>
public sealed class FollowUpForms(IServiceScopeFactory scopes, AppDbContext db, TenantContext tenant, FollowUpTokens tokens, TimeProvider clock)
{
    /// <summary>The follow-up the token names, with the prefill for an unreturned one; null for a bad or expired token.</summary>
    public async Task<FormState?> OpenAsync(string? token, CancellationToken ct) =>
        tokens.Read(token) is { } t ? await InAgencyAsync(t.OrganisationId, null, s => OpenInAgencyAsync(s, t.FollowUpId, ct)) : null;

    /// <summary>Returns the form the token names; null for a bad or expired token, else the errors (none: saved).</summary>
    internal async Task<FieldErrors?> ReturnAsync(string? token, FollowUpInput input, CancellationToken ct) =>
        tokens.Read(token) is { } t ? await InAgencyAsync(t.OrganisationId, null, s => ReturnInAgencyAsync(s, t.FollowUpId, input, ct)) : null;

    /// <summary>The follow-ups addressed to the current organisation, in every agency (the client's own duty; nothing else of the agency).</summary>
    public async Task<List<OwedFollowUp>> MineAsync(CancellationToken ct)
    {
        if (tenant.OrganisationId is not Guid own || !tenant.CanRead())
        {
            return [];
        }

        // The one cross-tenant read here: rows that name this organisation as the client, and only their schedule.
        var rows = await db.FollowUps.IgnoreQueryFilters().AsNoTracking().Where(f => f.ClientOrganisationId == own)
            .Join(db.Organisations.IgnoreQueryFilters().AsNoTracking(), f => f.OrganisationId, o => o.Id, (f, o) => new { f, Agency = o.Name })
            .ToListAsync(ct);
        var today = FollowUpDesk.TaipeiDay(clock.GetUtcNow());
        return [.. rows.OrderBy(r => r.f.DueOn).Select(r => new OwedFollowUp(r.f.Id, r.Agency, r.f.Ordinal, r.f.ReportingYear, r.f.DueOn, FollowUpSchedule.StateOf(r.f, today)))];
    }

    /// <summary>A follow-up of the current organisation's (as the client); null for any other.</summary>
    public async Task<FormState?> OpenMineAsync(Guid id, CancellationToken ct) =>
        await AgencyOfMineAsync(id, ct) is Guid agency ? await InAgencyAsync(agency, null, s => OpenInAgencyAsync(s, id, ct)) : null;

    /// <summary>Returns a follow-up of the current organisation's (owner or editor); null for any other.</summary>
    internal async Task<FieldErrors?> ReturnMineAsync(Guid id, FollowUpInput input, CancellationToken ct)
    {
        if (!tenant.CanWrite() || await AgencyOfMineAsync(id, ct) is not Guid agency)
        {
            return null;
        }

        return await InAgencyAsync(agency, tenant.UserId, s => ReturnInAgencyAsync(s, id, input, ct));
    }

    private async Task<Guid?> AgencyOfMineAsync(Guid id, CancellationToken ct) =>
        tenant.OrganisationId is Guid own && tenant.CanRead()
            ? await db.FollowUps.IgnoreQueryFilters().AsNoTracking().Where(f => f.Id == id && f.ClientOrganisationId == own).Select(f => (Guid?)f.OrganisationId).SingleOrDefaultAsync(ct)
            : null;

    private async Task<FormState?> OpenInAgencyAsync(IServiceProvider s, Guid id, CancellationToken ct)
    {
        var agencyDb = s.GetRequiredService<AppDbContext>();
        if (await FollowUpStore.ViewAsync(agencyDb, id, FollowUpDesk.TaipeiDay(clock.GetUtcNow()), ct) is not { } view)
        {
            return null;
        }

        return new(view, view.FollowUp.ReturnedAt is null ? await PrefillAsync(s, view.FollowUp, ct) : null);
    }

    private async Task<FieldErrors?> ReturnInAgencyAsync(IServiceProvider s, Guid id, FollowUpInput input, CancellationToken ct)
    {
        var agencyDb = s.GetRequiredService<AppDbContext>();
        if (await agencyDb.FollowUps.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct) is not { } followUp)
        {
            return null;
        }

        var prefill = followUp.ReturnedAt is null ? await PrefillAsync(s, followUp, ct) : null;
        var source = prefill is { Found: true } p ? $"{p.Trace(english: false)}\n{p.Trace(english: true)}" : null;
        return await FollowUpStore.ReturnAsync(agencyDb, id, input, source, s.GetRequiredService<TenantContext>().UserId, clock, ct);
    }

    /// <summary>
    /// The prefill, read in the agency's scope through the client's <c>follow-up</c> grant to the agency (docs/grants.md):
    /// null without a grant in force (none, declined, revoked, expired) or without a client organisation on Tanpan.
    /// </summary>
    private static Task<Prefill?> PrefillAsync(IServiceProvider s, Data.Entities.FollowUp followUp, CancellationToken ct) =>
        new FollowUpPrefill(s.GetRequiredService<Infrastructure.Grants.GrantService>(), s.GetRequiredService<Tanpan.Core.Factors.FactorLibrary>(),
                s.GetRequiredService<Inventories.ResultsCache>(), s.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>())
            .ReadAsync(followUp.OrganisationId, followUp.ClientOrganisationId, followUp.ReportingYear, ct);

    private async Task<T> InAgencyAsync<T>(Guid agency, Guid? userId, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(userId, agency, null);
        return await work(scope.ServiceProvider);
    }
}

/// <summary>A follow-up on its form page: the follow-up and, when the client's grant allows, the prefill (else null).</summary>
public sealed record FormState(FollowUpView View, Prefill? Prefill);

/// <summary>A follow-up as the client's organisation lists it: the agency, which of the three, the year, due day, state.</summary>
public sealed record OwedFollowUp(Guid Id, string AgencyName, int Ordinal, int ReportingYear, DateOnly DueOn, string State);
