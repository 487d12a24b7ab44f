using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Infrastructure.Grants;

/// <summary>
/// Asks for, gives, accepts, declines and revokes grants, and answers "is this grant in force" (docs/grants.md). A grant
/// lives in its grantor's tenant, so every change is audited in the trail of the organisation whose data it opens; a
/// request from the grantee is written there through a scope of the grantor's (the one write across tenants, and only
/// of a grant in state requested).
/// </summary>
public sealed class GrantService(AppDbContext db, TenantContext tenant, IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>The current organisation asks <paramref name="grantorId"/> for a grant to itself (idempotent while asked or in force).</summary>
    public async Task<Grant> RequestAsync(Guid grantorId, string purpose, bool write, string? subjectKind, Guid? subjectId,
        DateOnly? expiresOn, string? note, CancellationToken cancellationToken)
    {
        var granteeId = Current();
        Check(purpose, grantorId, granteeId);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.UserId, grantorId, null);
        var grantorDb = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await OpenAsync(grantorDb, granteeId, purpose, subjectId, cancellationToken) is { } open)
        {
            return open;
        }

        var grant = New(granteeId, purpose, write, subjectKind, subjectId, expiresOn, note, GrantStates.Requested);
        grantorDb.Grants.Add(grant);
        await grantorDb.SaveChangesAsync(cancellationToken);
        return grant;
    }

    /// <summary>The current organisation (its owner) gives <paramref name="granteeId"/> a grant, in force at once.</summary>
    public async Task<Grant> GiveAsync(Guid granteeId, string purpose, bool write, string? subjectKind, Guid? subjectId,
        DateOnly? expiresOn, string? note, CancellationToken cancellationToken)
    {
        var grantorId = Current();
        Check(purpose, grantorId, granteeId);
        if (await OpenAsync(db, granteeId, purpose, subjectId, cancellationToken) is { } open)
        {
            if (open.State == GrantStates.Requested)
            {
                Decide(open, GrantStates.Active);
                await db.SaveChangesAsync(cancellationToken);
            }

            return open;
        }

        var grant = New(granteeId, purpose, write, subjectKind, subjectId, expiresOn, note, GrantStates.Active);
        grant.DecidedAt = grant.RequestedAt;
        grant.DecidedByUserId = tenant.UserId;
        db.Grants.Add(grant);
        await db.SaveChangesAsync(cancellationToken);
        return grant;
    }

    /// <summary>The grantor accepts a request; false when there is no such request in the current organisation.</summary>
    public Task<bool> AcceptAsync(Guid id, CancellationToken cancellationToken) => MoveAsync(id, GrantStates.Requested, GrantStates.Active, cancellationToken);

    public Task<bool> DeclineAsync(Guid id, CancellationToken cancellationToken) => MoveAsync(id, GrantStates.Requested, GrantStates.Declined, cancellationToken);

    /// <summary>The grantor ends a grant in force; access through it stops with the next request.</summary>
    public Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken) => MoveAsync(id, GrantStates.Active, GrantStates.Revoked, cancellationToken);

    /// <summary>One grant as the sharing page lists it, with the other organisation's name.</summary>
    public sealed record Listed(Grant Grant, string OtherName, bool InForce);

    /// <summary>
    /// The current organisation's grants: given (and asked of it), and held from others, newest first (the sharing page).
    /// The held ones are read across tenants, by grantee — only the grant rows and the grantors' names.
    /// </summary>
    public async Task<(List<Listed> Given, List<Listed> Held)> ListAsync(CancellationToken cancellationToken)
    {
        var current = tenant.OrganisationId ?? Guid.Empty;
        // Ids are version 7 (time-ordered), so the newest come first by id on both providers (SQLite cannot order by DateTimeOffset).
        var given = await db.Grants.AsNoTracking().OrderByDescending(g => g.Id).Take(500).ToListAsync(cancellationToken);
        var held = await db.Grants.IgnoreQueryFilters().AsNoTracking().Where(g => g.GranteeOrganisationId == current)
            .OrderByDescending(g => g.Id).Take(500).ToListAsync(cancellationToken);
        var ids = given.Select(g => g.GranteeOrganisationId).Concat(held.Select(g => g.OrganisationId)).Distinct().ToList();
        var names = await db.Organisations.IgnoreQueryFilters().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var now = clock.GetUtcNow();
        return ([.. given.Select(g => new Listed(g, names.GetValueOrDefault(g.GranteeOrganisationId, ""), GrantAccess.InForce(g, now)))],
            [.. held.Select(g => new Listed(g, names.GetValueOrDefault(g.OrganisationId, ""), GrantAccess.InForce(g, now)))]);
    }

    /// <summary>The grants in force TO <paramref name="granteeId"/> for one purpose (e.g. the clients in a sector roll-up). Reads across tenants on purpose.</summary>
    public async Task<IReadOnlyList<Grant>> GivenToAsync(Guid granteeId, string purpose, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var grants = await db.Grants.IgnoreQueryFilters().AsNoTracking()
            .Where(g => g.GranteeOrganisationId == granteeId && g.Purpose == purpose && g.State == GrantStates.Active).ToListAsync(cancellationToken);
        return [.. grants.Where(g => GrantAccess.InForce(g, now))];
    }

    /// <summary>The grant in force from <paramref name="grantorId"/> to <paramref name="granteeId"/> for a purpose (and subject, when given).</summary>
    public async Task<Grant?> ActiveAsync(Guid grantorId, Guid granteeId, string purpose, Guid? subjectId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var grants = await db.Grants.IgnoreQueryFilters().AsNoTracking()
            .Where(g => g.OrganisationId == grantorId && g.GranteeOrganisationId == granteeId && g.Purpose == purpose && g.State == GrantStates.Active
                && (subjectId == null || g.SubjectId == subjectId))
            .ToListAsync(cancellationToken);
        return grants.FirstOrDefault(g => GrantAccess.InForce(g, now));
    }

    /// <summary>
    /// Runs <paramref name="read"/> in a fresh scope whose current organisation is the grantor, read only (saving throws),
    /// while the grant is in force; null when it is not (revoked, expired, or not the current organisation's to use).
    /// </summary>
    public async Task<T?> AsGrantorAsync<T>(Grant grant, Func<AppDbContext, Task<T>> read, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(read);
        if (grant.GranteeOrganisationId != tenant.OrganisationId
            || await ActiveAsync(grant.OrganisationId, grant.GranteeOrganisationId, grant.Purpose, grant.SubjectId, cancellationToken) is not { } current
            || current.Id != grant.Id)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetReadOnly(grant.OrganisationId, grant.Id);
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private async Task<bool> MoveAsync(Guid id, string from, string to, CancellationToken cancellationToken)
    {
        if (tenant.Role != MembershipRole.Owner || await db.Grants.SingleOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } grant || grant.State != from)
        {
            return false;
        }

        Decide(grant, to);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private void Decide(Grant grant, string state)
    {
        var now = clock.GetUtcNow();
        grant.State = state;
        if (state == GrantStates.Revoked)
        {
            grant.RevokedAt = now;
            grant.RevokedByUserId = tenant.UserId;
        }
        else
        {
            grant.DecidedAt = now;
            grant.DecidedByUserId = tenant.UserId;
        }
    }

    private static Task<Grant?> OpenAsync(AppDbContext grantorDb, Guid granteeId, string purpose, Guid? subjectId, CancellationToken cancellationToken) =>
        grantorDb.Grants.Where(g => g.GranteeOrganisationId == granteeId && g.Purpose == purpose && g.SubjectId == subjectId
            && (g.State == GrantStates.Requested || g.State == GrantStates.Active)).FirstOrDefaultAsync(cancellationToken);

    private Grant New(Guid granteeId, string purpose, bool write, string? subjectKind, Guid? subjectId, DateOnly? expiresOn, string? note, string state)
    {
        var now = clock.GetUtcNow();
        return new()
        {
            Id = Guid.CreateVersion7(now), GranteeOrganisationId = granteeId, Purpose = purpose, Write = write,
            SubjectKind = subjectKind, SubjectId = subjectId, State = state, RequestedAt = now, RequestedByUserId = tenant.UserId,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 500)], ExpiresOn = expiresOn,
        };
    }

    private Guid Current() => tenant.OrganisationId is Guid id && tenant.GrantId is null
        ? id
        : throw new InvalidOperationException("A grant is asked for or given by a member of the current organisation.");

    private static void Check(string purpose, Guid grantorId, Guid granteeId)
    {
        if (!GrantPurposes.All.Contains(purpose))
        {
            throw new ArgumentException($"Unknown grant purpose '{purpose}'.", nameof(purpose));
        }

        if (grantorId == granteeId)
        {
            throw new ArgumentException("An organisation needs no grant to itself.", nameof(grantorId));
        }
    }
}
