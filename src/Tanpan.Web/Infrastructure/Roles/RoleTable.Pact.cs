namespace Tanpan.Web.Infrastructure.Roles;

public static partial class RoleTable
{
    // PACT host API (Features/Pact): customers' systems, by their own client credentials and bearer tokens,
    // checked by the handlers (a member's session or API token is not a PACT token: 401).
    static partial void AddPact(Dictionary<string, Access> rules)
    {
        rules.Add("POST /auth/token", Access.Anyone);
        rules.Add("GET /.well-known/openid-configuration", Access.Anyone);
        rules.Add("GET /2/footprints", Access.Anyone);
        rules.Add("GET /2/footprints/{id}", Access.Anyone);
        rules.Add("POST /2/events", Access.Anyone);
        rules.Add("GET /3/footprints", Access.Anyone);
        rules.Add("GET /3/footprints/{id}", Access.Anyone);
        rules.Add("POST /3/events", Access.Anyone);
        rules.Add("GET /pact", Access.Reader);   // the sharing page: published footprints and customers' connections (not verifiers)
        rules.Add("POST /pact", Access.Writer);
        rules.Add("GET /pact/clients/{Id:guid}", Access.Reader);
        rules.Add("POST /pact/clients/{Id:guid}", Access.Writer);
    }
}
