namespace Tanpan.Web.Infrastructure.Roles;

public static partial class RoleTable
{
    // Programme KPIs and the sector roll-up (Features/ProgrammeKpis, docs/programme-kpis.md): the agency's owners, editors
    // and viewers read them; verifiers, consultants (Access.Team only) and applicants (no membership in the agency) do not.
    static partial void AddProgrammeKpis(Dictionary<string, Access> rules)
    {
        rules.Add("GET /programmes/{Id:guid}/kpis", Access.Reader);
        rules.Add("POST /programmes/{Id:guid}/kpis", Access.Reader);   // the page has no form; a post finds none
        rules.Add("GET /api/v1/programmes/{id:guid}/kpis.xlsx", Access.Reader);
        rules.Add("GET /sector", Access.Reader);
        rules.Add("POST /sector", Access.Reader);   // the page's only form is a GET
    }
}
