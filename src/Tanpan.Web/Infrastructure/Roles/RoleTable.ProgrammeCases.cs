namespace Tanpan.Web.Infrastructure.Roles;

public static partial class RoleTable
{
    // Cases, consultants and visits (Features/ProgrammeCases, docs/programme-cases.md). The agency's owners, editors and
    // viewers reach the board, cases, visits and files (the handlers let only owners and editors change them); opening
    // cases needs an owner or editor, linking teams an owner. A consultant of a linked team reaches only the routes that
    // show its own cases (CaseScope narrows them to the team's cases).
    static partial void AddProgrammeCases(Dictionary<string, Access> rules)
    {
        rules.Add("GET /cases", Access.Reader);
        rules.Add("POST /cases", Access.Reader);   // the board's filter is a GET form; a post finds none
        rules.Add("GET /cases/{Id:guid}", Access.Reader);
        rules.Add("POST /cases/{Id:guid}", Access.Reader);   // move a stage (the case's team, owners, editors), due dates (owners, editors)
        rules.Add("GET /cases/{Id:guid}/visits/new", Access.Reader);
        rules.Add("POST /cases/{Id:guid}/visits/new", Access.Reader);   // the case's team, owners, editors
        rules.Add("GET /cases/files/{id:guid}", Access.Reader);
        rules.Add("GET /cases/open", Access.Writer);
        rules.Add("POST /cases/open", Access.Writer);
        rules.Add("GET /cases/teams", Access.Reader);
        rules.Add("POST /cases/teams", Access.Owner);
    }
}
