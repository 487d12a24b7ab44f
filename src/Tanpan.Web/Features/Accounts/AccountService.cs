using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Grants;

namespace Tanpan.Web.Features.Accounts;

/// <summary>
/// The account use cases shared by the API (<see cref="AccountsApi"/>) and the pages: setup, sign-in
/// with throttling, memberships and creating organisations. Password rules live in <see cref="Passwords"/>, throttling in <see cref="SignInThrottle"/>.
/// </summary>
public sealed partial class AccountService(AppDbContext db, Passwords passwords, SignInThrottle throttle, TenantContext tenant, TimeProvider clock)
{
    public async Task<bool> SetupRequiredAsync(CancellationToken cancellationToken) =>
        !await db.Users.AnyAsync(cancellationToken);

    /// <summary>Creates the first administrator; refused once any account exists. There is no default password.</summary>
    public async Task<SetupOutcome> SetUpAsync(string? email, string? displayName, string? password, CancellationToken cancellationToken)
    {
        if (!await SetupRequiredAsync(cancellationToken))
        {
            return new(null, null, AlreadyDone: true);
        }

        if ((ValidateAccount(email, displayName) ?? Passwords.Check(password)) is { } invalid)
        {
            return new(null, invalid, AlreadyDone: false);
        }

        var now = clock.GetUtcNow();
        var user = new User
        {
            Id = Guid.CreateVersion7(now),
            Email = email!,
            DisplayName = displayName!.Trim(),
            IsAdministrator = true,
            CreatedAt = now,
        };
        passwords.Set(user, password!);
        db.Users.Add(user);

        // Two setups can both find no account above; the Installation row's fixed key lets only one commit.
        db.Installations.Add(new Installation { Id = Installation.TheOne, SetUpAt = now, AdministratorId = user.Id });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.Installations.AnyAsync(cancellationToken))
            {
                return new(null, null, AlreadyDone: true);
            }

            throw;
        }

        return new(user, null, AlreadyDone: false);
    }

    /// <summary>
    /// The user when the password is right; <see cref="SignInResult.RetryAfter"/> when the address is throttled (even
    /// with the right password); otherwise neither, alike for a wrong password and an unknown address. Every path
    /// reads the user and computes one password hash, so none answers faster than another.
    /// </summary>
    public async Task<SignInResult> CheckPasswordAsync(string? email, string? password, CancellationToken cancellationToken)
    {
        var normalized = email?.Trim().ToUpperInvariant() ?? "";
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        return await VerifyAsync(normalized, user, password, cancellationToken);
    }

    public Task<User?> FindUserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);

    /// <summary>The user's memberships in every organisation (a deliberate cross-tenant read), by name.</summary>
    public async Task<List<MembershipSummary>> MembershipsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var memberships = await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.UserId == userId)
            .Join(db.Organisations.IgnoreQueryFilters(), m => m.OrganisationId, o => o.Id,
                (m, o) => new MembershipSummary(o.Id, o.Name, m.Role, m.InventoryYearId))
            .ToListAsync(cancellationToken);
        memberships.Sort((x, y) => string.CompareOrdinal(x.OrganisationName, y.OrganisationName));
        return memberships;
    }

    public Task<bool> IsMemberAsync(Guid userId, Guid organisationId, CancellationToken cancellationToken) =>
        db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == userId && m.OrganisationId == organisationId, cancellationToken);

    /// <summary>A member, or let in by a grant in force (docs/grants.md): the organisations a user may make current.</summary>
    public async Task<bool> MayEnterAsync(Guid userId, Guid organisationId, CancellationToken cancellationToken) =>
        await IsMemberAsync(userId, organisationId, cancellationToken)
        || (await GrantAccess.ReachableAsync(db, userId, clock.GetUtcNow(), organisationId, cancellationToken)).Count > 0;

    /// <summary>The organisations the user reaches by grant (not as a member), by name.</summary>
    public Task<IReadOnlyList<GrantAccess.Reach>> ReachableByGrantAsync(Guid userId, CancellationToken cancellationToken) =>
        GrantAccess.ReachableAsync(db, userId, clock.GetUtcNow(), null, cancellationToken);

    /// <summary>An administrator creates an organisation and becomes its owner.</summary>
    public async Task<CreateOrganisationOutcome> CreateOrganisationAsync(Guid userId, string? name, string? taxId, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId && u.IsAdministrator, cancellationToken))
        {
            return new(null, null, Forbidden: true);
        }

        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            return new(null, new("name", "請輸入組織名稱（最多 200 字）。", "Enter the organisation's name (at most 200 characters)."), false);
        }

        taxId = string.IsNullOrWhiteSpace(taxId) ? null : taxId.Trim();
        if (taxId is not null && (taxId.Length != 8 || !taxId.All(char.IsAsciiDigit)))
        {
            return new(null, new("taxId", "統一編號須為 8 位數字。", "The tax id (統一編號) must be 8 digits."), false);
        }

        var now = clock.GetUtcNow();
        var organisation = new Organisation { Id = Guid.CreateVersion7(now), Name = name, TaxId = taxId, CreatedAt = now };
        var membership = new Membership { Id = Guid.CreateVersion7(now), UserId = userId, Role = MembershipRole.Owner, CreatedAt = now };

        // The data layer saves tenant rows only for the current organisation (decision 0005), so the
        // new one is current while it and its first membership are saved.
        var (previousOrganisation, previousRole, previousName) = (tenant.OrganisationId, tenant.Role, tenant.OrganisationName);
        tenant.Set(userId, organisation.Id, MembershipRole.Owner);
        try
        {
            db.AddRange(organisation, membership);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            tenant.Set(userId, previousOrganisation, previousRole, previousName);
        }

        return new(new OrganisationSummary(organisation.Id, organisation.Name, organisation.TaxId), null, false);
    }

    /// <summary>Issues the session cookie; works from an API handler and from a static-SSR form handler.</summary>
    public static Task SignInCookieAsync(HttpContext context, Guid userId, string displayName, Guid? organisationId)
    {
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, userId.ToString()), new(ClaimTypes.Name, displayName)];
        if (organisationId is Guid id)
        {
            claims.Add(new(AccountSchemes.OrganisationClaim, id.ToString()));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, AccountSchemes.Cookie));
        return context.SignInAsync(AccountSchemes.Cookie, principal);
    }

    /// <summary>
    /// Ends the cookie session: a new security stamp makes every cookie of the user issued so far invalid on the
    /// server (a copy of this one, and the user's other browsers); the rest of the request runs without a user.
    /// API tokens are separate credentials and stay valid.
    /// </summary>
    public async Task SignOutAsync(HttpContext context)
    {
        if (context.User.IsCookieSession() && context.User.UserId() is Guid userId)
        {
            var stamp = User.NewSecurityStamp();
            await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, stamp), context.RequestAborted);
        }

        await context.SignOutAsync(AccountSchemes.Cookie);
        tenant.Set(null, null, null);
    }

    private static FieldError? ValidateAccount(string? email, string? displayName) => CheckEmail(email) ?? CheckDisplayName(displayName);

    /// <summary>The e-mail rule of every account form (setup, member invitations).</summary>
    internal static FieldError? CheckEmail(string? email)
    {
        var at = email?.Trim().IndexOf('@', StringComparison.Ordinal) ?? -1;
        return email is null || at <= 0 || at == email.Trim().Length - 1 || email.Trim().Length > 256
            ? new("email", "請輸入有效的電子郵件地址。", "Enter a valid email address.")
            : null;
    }

    /// <summary>The display-name rule of every account form (setup, accepting an invitation).</summary>
    internal static FieldError? CheckDisplayName(string? displayName) =>
        string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > 100
            ? new("displayName", "請輸入顯示名稱（最多 100 字）。", "Enter a display name (at most 100 characters).")
            : null;
}
