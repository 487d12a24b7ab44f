namespace Tanpan.Web.Infrastructure.Roles;

public static partial class RoleTable
{
    // The sharing page (Features/Sharing, docs/grants.md): owners, editors and viewers read their organisation's grants;
    // only an owner who is a member (not one acting under a grant) accepts, declines or revokes — the page checks that.
    static partial void AddGrants(Dictionary<string, Access> rules)
    {
        rules.Add("GET /sharing", Access.Reader);
        rules.Add("POST /sharing", Access.Owner);
    }
}
