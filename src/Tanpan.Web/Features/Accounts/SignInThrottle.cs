using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Tanpan.Web.Features.Accounts;

/// <summary>
/// Per-account throttling of password checks, kept in memory and keyed by the normalised e-mail whether or not an
/// account has it (so a throttled answer cannot tell which addresses have accounts):
/// <list type="bullet">
/// <item>a fixed window of <see cref="SignInOptions.PerAccountPermitLimit"/> attempts (ASP.NET Core's rate limiter);</item>
/// <item>exponential back-off: after <see cref="SignInOptions.FreeFailures"/> wrong passwords in a row each further one
/// makes the address wait <c>BackoffBase × 2^(n − FreeFailures − 1)</c>, at most <see cref="SignInOptions.BackoffMax"/>;
/// attempts during a wait are refused without being checked or counted, so they cannot lengthen it; a right password
/// after the wait starts again at zero.</item>
/// </list>
/// Unlike a fixed lockout, one stranger's few guesses cost the owner seconds, and keeping an account blocked needs a
/// steady stream of attempts, which the per-address limit bounds. State is lost on restart (one host; docs/security.md).
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);
    private readonly PartitionedRateLimiter<string> _perAccount;
    private readonly SignInOptions _options;
    private readonly TimeProvider _clock;
    private int _sinceSweep;

    public SignInThrottle(IOptions<SignInOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_options, _clock) = (options.Value, clock);
        _perAccount = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new()
        {
            PermitLimit = _options.PerAccountPermitLimit,
            Window = _options.PerAccountWindow,
            QueueLimit = 0,
        }));
    }

    /// <summary>
    /// Null when a password check for this address may go ahead (and takes one permit of its window); otherwise how long
    /// to wait. Call once per attempt, before checking the password.
    /// </summary>
    public TimeSpan? Admit(string normalizedEmail)
    {
        if (_failures.TryGetValue(normalizedEmail, out var failures) && failures.WaitUntil is { } until && until > _clock.GetUtcNow())
        {
            return until - _clock.GetUtcNow();
        }

        using var lease = _perAccount.AttemptAcquire(normalizedEmail);
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : _options.PerAccountWindow;
    }

    /// <summary>Counts a wrong password; past the free ones it starts (or doubles) the wait.</summary>
    public void Failed(string normalizedEmail)
    {
        var now = _clock.GetUtcNow();
        _failures.AddOrUpdate(normalizedEmail, _ => Next(0, now), (_, previous) => Next(previous.Count, now));
        if (Interlocked.Increment(ref _sinceSweep) % SweepEvery == 0)
        {
            Sweep(now);
        }
    }

    /// <summary>Wrong passwords in a row for this address (0 when none, or after a right one).</summary>
    public int FailuresOf(string normalizedEmail) => _failures.TryGetValue(normalizedEmail, out var failures) ? failures.Count : 0;

    /// <summary>A right password: the count starts again.</summary>
    public void Succeeded(string normalizedEmail) => _failures.TryRemove(normalizedEmail, out _);

    /// <summary>The wait after the <paramref name="count"/>-th wrong password in a row (zero while it is free).</summary>
    public TimeSpan WaitAfter(int count)
    {
        if (count <= _options.FreeFailures)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(count - _options.FreeFailures - 1, 30);
        var wait = _options.BackoffBase * Math.Pow(2, doublings);
        return wait < _options.BackoffMax ? wait : _options.BackoffMax;
    }

    public void Dispose() => _perAccount.Dispose();

    private Failures Next(int previousCount, DateTimeOffset now)
    {
        var count = previousCount + 1;
        var wait = WaitAfter(count);
        return new(count, now, wait > TimeSpan.Zero ? now + wait : null);
    }

    /// <summary>Forgets addresses whose last failure is older than twice the longest wait, so memory stays bounded.</summary>
    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, failures) in _failures)
        {
            if (now - failures.Last > 2 * _options.BackoffMax)
            {
                _failures.TryRemove(KeyValuePair.Create(key, failures));
            }
        }
    }

    private sealed record Failures(int Count, DateTimeOffset Last, DateTimeOffset? WaitUntil);
}
