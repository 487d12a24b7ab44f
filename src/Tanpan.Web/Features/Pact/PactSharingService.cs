using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Monitoring.Automation;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Pact;

/// <summary>
/// The sharing page's use cases: the organisation's published footprints, its customers' PACT clients (issued with a
/// secret shown once), what each client may see, its events URL, and revoking it. Every query is the current
/// organisation's (tenant filter); a client or footprint id of another organisation is simply not found.
/// </summary>
internal sealed class PactSharingService(AppDbContext db, TenantContext tenant, TimeProvider clock, IDataProtectionProvider protection,
    IOptions<PactOptions> options)
{
    /// <summary>Newest first (sorted here: SQLite cannot order by a DateTimeOffset column).</summary>
    public async Task<List<PactPublishedFootprint>> FootprintsAsync(CancellationToken ct) =>
        [.. (await db.PactPublishedFootprints.AsNoTracking().ToListAsync(ct)).OrderByDescending(f => f.PublishedAt).ThenBy(f => f.ProductName, StringComparer.Ordinal)];

    public Task<List<PactClient>> ClientsAsync(CancellationToken ct) =>
        db.PactClients.AsNoTracking().OrderBy(c => c.RevokedAt != null).ThenBy(c => c.Name).ToListAsync(ct);

    public Task<PactClient?> ClientAsync(Guid id, CancellationToken ct) => db.PactClients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);

    public Task<List<Guid>> GrantedAsync(Guid clientId, CancellationToken ct) =>
        db.PactGrants.Where(g => g.PactClientId == clientId).Select(g => g.FootprintId).ToListAsync(ct);

    public Task<List<PactEvent>> EventsAsync(Guid clientId, CancellationToken ct) =>
        db.PactEvents.AsNoTracking().Where(e => e.PactClientId == clientId).OrderByDescending(e => e.Id).Take(20).ToListAsync(ct);   // version-7 ids: newest first

    /// <summary>A new client; the secret is returned once and only its hash kept.</summary>
    public async Task<(PactClient? Client, string? Secret, FieldError? Error)> CreateAsync(string? name, CancellationToken ct)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            return (null, null, new FieldError("name", "請輸入客戶名稱（最多 200 字）。", "Enter the customer's name (at most 200 characters)."));
        }

        var secret = PactSecrets.NewSecret();
        var client = new PactClient
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Name = name,
            ClientId = PactSecrets.NewClientId(),
            SecretHash = PactSecrets.Hash(secret),
            CreatedAt = clock.GetUtcNow(),
            CreatedByUserId = tenant.UserId,
        };
        db.PactClients.Add(client);
        await db.SaveChangesAsync(ct);
        return (client, secret, null);
    }

    /// <summary>Replaces the client's grants by exactly <paramref name="footprintIds"/> (ids of other organisations are ignored).</summary>
    public async Task<bool> SetGrantsAsync(Guid clientId, IReadOnlyCollection<Guid> footprintIds, CancellationToken ct)
    {
        if (await db.PactClients.SingleOrDefaultAsync(c => c.Id == clientId && c.RevokedAt == null, ct) is null)
        {
            return false;
        }

        var wanted = await db.PactPublishedFootprints.Where(f => footprintIds.Contains(f.Id)).Select(f => f.Id).ToListAsync(ct);
        var current = await db.PactGrants.Where(g => g.PactClientId == clientId).ToListAsync(ct);
        db.PactGrants.RemoveRange(current.Where(g => !wanted.Contains(g.FootprintId)));
        db.PactGrants.AddRange(wanted.Except(current.Select(g => g.FootprintId)).Select(f => new PactGrant
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), PactClientId = clientId, FootprintId = f, GrantedAt = clock.GetUtcNow(), GrantedByUserId = tenant.UserId,
        }));
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Sets (or, with an empty URL, removes) where answers to the client's requests go, with optional credentials there.</summary>
    public async Task<FieldError?> SetCallbackAsync(Guid clientId, string? url, string? callbackClientId, string? callbackSecret, CancellationToken ct)
    {
        var client = await db.PactClients.SingleOrDefaultAsync(c => c.Id == clientId && c.RevokedAt == null, ct);
        if (client is null)
        {
            return new FieldError("id", "找不到此客戶連線。", "No such client.");
        }

        url = string.IsNullOrWhiteSpace(url) ? null : url.Trim();
        if (url is not null && WebhookTargets.Check(url, options.Value.CallbacksAllowInsecureForDevelopment) is { } refused)
        {
            return new FieldError("eventsUrl", refused.Chinese.Replace("通知網址", "事件網址", StringComparison.Ordinal), refused.English.Replace("webhook URL", "events URL", StringComparison.Ordinal));
        }

        callbackClientId = string.IsNullOrWhiteSpace(callbackClientId) ? null : callbackClientId.Trim();
        if (callbackClientId is { Length: > 200 })
        {
            return new FieldError("callbackClientId", "用戶端識別碼最多 200 字。", "The client id is at most 200 characters.");
        }

        client.EventsBaseUrl = url;
        client.CallbackClientId = url is null ? null : callbackClientId;
        if (url is null || callbackClientId is null)
        {
            client.CallbackSecretProtected = null;
        }
        else if (!string.IsNullOrEmpty(callbackSecret))
        {
            client.CallbackSecretProtected = protection.CreateProtector(PactCallbacks.SecretPurpose).Protect(callbackSecret);
        }

        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<bool> RevokeAsync(Guid clientId, CancellationToken ct)
    {
        var client = await db.PactClients.SingleOrDefaultAsync(c => c.Id == clientId, ct);
        if (client is null)
        {
            return false;
        }

        client.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }
}
