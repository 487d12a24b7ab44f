using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Accounts;

/// <summary>
/// Result of <see cref="AccountService.CheckPasswordAsync"/>: the user, or <see cref="RetryAfter"/> when the attempt was
/// throttled, or neither (one answer for a wrong password and an unknown address).
/// </summary>
public sealed record SignInResult(User? User, TimeSpan? RetryAfter)
{
    /// <summary>Whole seconds to wait, rounded up (for the <c>Retry-After</c> header and the message).</summary>
    public int RetryAfterSeconds => RetryAfter is { } wait ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 0;
}
