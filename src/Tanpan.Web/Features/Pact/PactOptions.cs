namespace Tanpan.Web.Features.Pact;

/// <summary>Settings under <c>Pact</c> (docs/pact.md).</summary>
public sealed class PactOptions
{
    /// <summary>How long a bearer token lives, in seconds (default 3600, as the conformance examples' <c>expires_in</c>).</summary>
    public int AccessTokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>Lets callbacks go to http and loopback addresses (local test receivers); never in production.</summary>
    public bool CallbacksAllowInsecureForDevelopment { get; set; }
}
