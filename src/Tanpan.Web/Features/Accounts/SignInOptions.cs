namespace Tanpan.Web.Features.Accounts;

/// <summary>
/// Sign-in throttling, from the <c>SignIn</c> configuration section (docs/security.md). Every attempt that checks a
/// password counts: <c>POST /api/v1/session</c>, the sign-in page, and the current password of a password change.
/// </summary>
public sealed class SignInOptions
{
    /// <summary>Attempts per client address and window, for every account together (ASP.NET Core rate limiter).</summary>
    public int PerAddressPermitLimit { get; set; } = 20;

    public TimeSpan PerAddressWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts per e-mail address and window, from every client together, right or wrong.</summary>
    public int PerAccountPermitLimit { get; set; } = 10;

    public TimeSpan PerAccountWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Wrong passwords in a row that cost nothing (typing mistakes).</summary>
    public int FreeFailures { get; set; } = 3;

    /// <summary>The wait after the first failure beyond <see cref="FreeFailures"/>; it doubles with each further one.</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait (the doubling stops there).</summary>
    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromMinutes(15);
}
