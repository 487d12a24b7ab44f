using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure.Grants;

namespace Tanpan.Web.Features.DataSharing.Pages;

/// <summary>
/// The grants an organisation gives and holds (docs/grants.md): owners accept or decline requests and revoke grants in
/// force; everyone else in the organisation reads. A grant in force whose last day has passed shows as expired.
/// </summary>
public partial class Sharing
{
    private List<GrantService.Listed>? _given;
    private List<GrantService.Listed>? _held;
    private string? _saved;

    private bool IsOwner => Tenant.Role == MembershipRole.Owner && Tenant.GrantId is null;

    protected override async Task OnInitializedAsync()
    {
        if (!EnsureMember())
        {
            return;
        }

        await LoadAsync();
    }

    private async Task LoadAsync() => (_given, _held) = await Grants.ListAsync(Aborted);

    private async Task DecideAsync(Guid id, bool accept)
    {
        var done = accept ? await Grants.AcceptAsync(id, Aborted) : await Grants.DeclineAsync(id, Aborted);
        Report(done, accept ? "Accepted" : "Declined");
        await LoadAsync();
    }

    private async Task RevokeAsync(Guid id)
    {
        Report(await Grants.RevokeAsync(id, Aborted), "Revoked");
        await LoadAsync();
    }

    private void Report(bool done, string key)
    {
        if (done)
        {
            _saved = S[key];
        }
        else
        {
            FormError = IsOwner ? S["NotChanged"] : S["OwnerOnly"];
        }
    }

    private string PurposeText(string purpose) => purpose switch
    {
        GrantPurposes.Workspace => S["PurposeWorkspace"],
        GrantPurposes.CaseDelivery => S["PurposeCaseDelivery"],
        GrantPurposes.FollowUp => S["PurposeFollowUp"],
        GrantPurposes.Sector => S["PurposeSector"],
        _ => "",
    };

    private string StateText(GrantService.Listed row) => row.Grant.State switch
    {
        GrantStates.Active when !row.InForce => S["StateExpired"],
        GrantStates.Active => S["StateActive"],
        GrantStates.Requested => S["StateRequested"],
        GrantStates.Declined => S["StateDeclined"],
        _ => S["StateRevoked"],
    };
}
