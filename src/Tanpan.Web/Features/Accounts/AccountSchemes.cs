namespace Tanpan.Web.Features.Accounts;

/// <summary>Authentication scheme and claim names of the sign-in layer.</summary>
public static class AccountSchemes
{
    /// <summary>The default scheme: forwards to <see cref="ApiToken"/> for <c>Authorization: Bearer</c>, else to <see cref="Cookie"/>.</summary>
    public const string Default = "Tanpan";

    public const string Cookie = "Tanpan.Cookie";

    public const string ApiToken = "Tanpan.ApiToken";

    /// <summary>Claim holding the organisation a cookie session has switched to.</summary>
    public const string OrganisationClaim = "tanpan:organisation";

    /// <summary>Header a bearer-token client uses to pick one of several organisations.</summary>
    public const string OrganisationHeader = "X-Tanpan-Organisation";

    public const string AntiforgeryHeader = "X-CSRF-TOKEN";
}
