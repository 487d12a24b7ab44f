using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Web.Features.Accounts;

namespace Tanpan.Web.Features.Members;

/// <summary>The current organisation's members and invitations, and accepting an invitation (docs/accounts.md).</summary>
public static class MembersApi
{
    public static IServiceCollection AddMembers(this IServiceCollection services) => services.AddScoped<MemberService>();

    public static IEndpointRouteBuilder MapMembersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Members");
        var members = api.MapGroup("/organisation").RequireAuthorization();
        members.MapGet("/members", ListAsync);
        members.MapPost("/members", AddAsync);
        members.MapPut("/members/{id:guid}", ChangeAsync);
        members.MapDelete("/members/{id:guid}", RemoveAsync);
        members.MapDelete("/invitations/{id:guid}", RevokeInvitationAsync);

        // Anonymous: the invitee has no account yet; the token is the credential.
        api.MapGet("/invitations/{token}", GetInvitationAsync);
        api.MapPost("/invitations/{token}", AcceptInvitationAsync);
        return app;
    }

    /// <summary>Every member sees the members; owners also see the open invitations.</summary>
    public static async Task<Results<Ok<MembersResponse>, ProblemHttpResult>> ListAsync(MemberService members, CancellationToken cancellationToken)
    {
        var outcome = await members.ListAsync(cancellationToken);
        return outcome.Value is { } list ? TypedResults.Ok(list) : outcome.Problem!;
    }

    /// <summary>Owner: adds an existing account at once (201 with <c>member</c>), else creates a 7-day invitation (201 with <c>invitation</c>).</summary>
    public static async Task<Results<Created<AddMemberResponse>, ValidationProblem, ProblemHttpResult>> AddAsync(
        AddMemberRequest request, MemberService members, CancellationToken cancellationToken)
    {
        var outcome = await members.AddAsync(request, cancellationToken);
        return outcome switch
        {
            { Problem: { } problem } => problem,
            { Value: { Member: { } member } value } => TypedResults.Created($"/api/v1/organisation/members/{member.Id}", value),
            { Value: { } value } => TypedResults.Created(value.Invitation!.InvitePath, value),
            _ => outcome.ToValidationProblem(),
        };
    }

    /// <summary>Owner: a new role (and, for a verifier, the one inventory); the last owner cannot be demoted (409).</summary>
    public static async Task<Results<Ok<MemberResponse>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid id, ChangeMemberRequest request, MemberService members, CancellationToken cancellationToken) =>
        await members.ChangeAsync(id, request, cancellationToken) switch
        {
            { Problem: { } problem } => problem,
            { Value: { } member } => TypedResults.Ok(member),
            var invalid => invalid.ToValidationProblem(),
        };

    /// <summary>Owner: removes the membership (the account stays); the last owner cannot be removed (409).</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(Guid id, MemberService members, CancellationToken cancellationToken) =>
        (await members.RemoveAsync(id, cancellationToken)).Problem is { } problem ? problem : TypedResults.NoContent();

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeInvitationAsync(Guid id, MemberService members, CancellationToken cancellationToken) =>
        (await members.RevokeInvitationAsync(id, cancellationToken)).Problem is { } problem ? problem : TypedResults.NoContent();

    /// <summary>What an open invitation offers; 404 when the link is unknown, used or expired.</summary>
    public static async Task<Results<Ok<InvitationDetails>, ProblemHttpResult>> GetInvitationAsync(
        string token, MemberService members, CancellationToken cancellationToken) =>
        await members.FindInvitationAsync(token, cancellationToken) is { } details ? TypedResults.Ok(details) : MemberService.InvitationInvalid();

    /// <summary>Creates the invitee's account (password rules as for setup) and membership; the link then stops working.</summary>
    public static async Task<Results<Created<UserSummary>, ValidationProblem, ProblemHttpResult>> AcceptInvitationAsync(
        string token, AcceptInvitationRequest request, MemberService members, CancellationToken cancellationToken) =>
        await members.AcceptAsync(token, request.DisplayName, request.Password, cancellationToken) switch
        {
            { Problem: { } problem } => problem,
            { Value: { } user } => TypedResults.Created("/api/v1/me", new UserSummary(user.Id, user.Email, user.DisplayName, user.IsAdministrator)),
            var invalid => invalid.ToValidationProblem(),
        };
}
