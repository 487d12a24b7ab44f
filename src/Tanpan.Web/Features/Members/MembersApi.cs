using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Web.Features.Accounts;

namespace Tanpan.Web.Features.Members;

/// <summary>The current organisation's members and invitations, and accepting an invitation (docs/accounts.md).</summary>
public static class MembersApi
{
    public static IServiceCollection AddMembers(this IServiceCollection services) => services.AddScoped<MemberService>().AddScoped<InvitationService>();

    public static IEndpointRouteBuilder MapMembersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Members");
        var members = api.MapGroup("/organisation").RequireAuthorization();
        members.MapGet("/members", ListAsync);
        members.MapPost("/members", AddAsync);
        members.MapPut("/members/{id:guid}", ChangeAsync);
        members.MapDelete("/members/{id:guid}", RemoveAsync);
        members.MapDelete("/invitations/{id:guid}", RevokeInvitationAsync);
        members.MapDelete("/membership", LeaveAsync);

        // The invitee's side: invitations addressed to the signed-in user's e-mail.
        var mine = api.MapGroup("/me/invitations").RequireAuthorization();
        mine.MapGet("", MyInvitationsAsync);
        mine.MapPost("/{id:guid}/accept", AcceptMineAsync);
        mine.MapPost("/{id:guid}/decline", DeclineMineAsync);

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

    /// <summary>
    /// Owner: invites the address (201 with <c>invitation</c>, its token shown this once). The answer is the same whether
    /// or not the address has an account; an account joins only when its user accepts.
    /// </summary>
    public static async Task<Results<Created<AddMemberResponse>, ValidationProblem, ProblemHttpResult>> AddAsync(
        AddMemberRequest request, MemberService members, CancellationToken cancellationToken)
    {
        var outcome = await members.AddAsync(request, cancellationToken);
        return outcome switch
        {
            { Problem: { } problem } => problem,
            { Value: { } value } => TypedResults.Created(value.Invitation.InvitePath, value),
            _ => outcome.ToValidationProblem(),
        };
    }

    /// <summary>Any member leaves the current organisation (204); the last owner cannot (409).</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> LeaveAsync(MemberService members, CancellationToken cancellationToken) =>
        (await members.LeaveAsync(cancellationToken)).Problem is { } problem ? problem : TypedResults.NoContent();

    /// <summary>The open invitations addressed to the caller's e-mail, in any organisation.</summary>
    public static async Task<Ok<List<MyInvitation>>> MyInvitationsAsync(HttpContext context, InvitationService invitations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await invitations.MineAsync(context.User.UserId()!.Value, cancellationToken));

    /// <summary>Accepts one of the caller's invitations: the caller joins that organisation (200 with the invitation); 404 otherwise.</summary>
    public static async Task<Results<Ok<MyInvitation>, ProblemHttpResult>> AcceptMineAsync(
        Guid id, HttpContext context, InvitationService invitations, CancellationToken cancellationToken) =>
        await invitations.AcceptAsync(context.User.UserId()!.Value, id, cancellationToken) is { Value: { } accepted } ? TypedResults.Ok(accepted) : MemberService.InvitationInvalid();

    /// <summary>Declines one of the caller's invitations (204): it is removed; 404 otherwise.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeclineMineAsync(
        Guid id, HttpContext context, InvitationService invitations, CancellationToken cancellationToken) =>
        await invitations.DeclineAsync(context.User.UserId()!.Value, id, cancellationToken) is { Value: not null } ? TypedResults.NoContent() : MemberService.InvitationInvalid();

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
