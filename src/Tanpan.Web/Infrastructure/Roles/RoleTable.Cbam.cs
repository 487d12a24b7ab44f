namespace Tanpan.Web.Infrastructure.Roles;

public static partial class RoleTable
{
    // EU CBAM (Features/Cbam): installations, goods, precursors and the communication template; not verifiers, owners and editors change them.
    static partial void AddCbam(Dictionary<string, Access> rules)
    {
        rules.Add("GET /cbam", Access.Reader);
        rules.Add("GET /cbam/installations/new", Access.Reader);
        rules.Add("POST /cbam/installations/new", Access.Writer);
        rules.Add("GET /cbam/installations/{Id:guid}", Access.Reader);
        rules.Add("POST /cbam/installations/{Id:guid}", Access.Writer);
        rules.Add("GET /cbam/installations/{id:guid}/template", Access.Reader);
        rules.Add("GET /cbam/installations/{InstallationId:guid}/goods/new", Access.Reader);
        rules.Add("POST /cbam/installations/{InstallationId:guid}/goods/new", Access.Writer);
        rules.Add("GET /cbam/goods/{Id:guid}", Access.Reader);
        rules.Add("POST /cbam/goods/{Id:guid}", Access.Writer);
        rules.Add("GET /cbam/goods/{Id:guid}/edit", Access.Reader);
        rules.Add("POST /cbam/goods/{Id:guid}/edit", Access.Writer);
        rules.Add("GET /cbam/goods/{Id:guid}/outlook", Access.Reader);
    }
}
