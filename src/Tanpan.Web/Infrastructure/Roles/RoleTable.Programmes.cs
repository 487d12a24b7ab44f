namespace Tanpan.Web.Infrastructure.Roles;

public static partial class RoleTable
{
    // Guidance programmes (Features/Programmes, docs/programmes.md). The public application pages need no account: the
    // applicant reaches only the programme's form and, by the signed link, its own application. The agency's pages are
    // for its members: owners (agency administrator) change programmes, editors (programme officer) decide, viewers read
    // — the handlers check the finer split; verifiers see none.
    static partial void AddProgrammes(Dictionary<string, Access> rules)
    {
        rules.Add("GET /apply", Access.Anyone);
        rules.Add("POST /apply", Access.Anyone);   // the page has no form; a post finds none
        rules.Add("GET /apply/{ProgrammeId:guid}", Access.Anyone);
        rules.Add("POST /apply/{ProgrammeId:guid}", Access.Anyone);
        rules.Add("GET /apply/confirm", Access.Anyone);
        rules.Add("POST /apply/confirm", Access.Anyone);
        rules.Add("GET /programmes", Access.Reader);
        rules.Add("POST /programmes", Access.Owner);
        rules.Add("GET /programmes/{Id:guid}", Access.Reader);
        rules.Add("POST /programmes/{Id:guid}", Access.Owner);
        rules.Add("GET /programmes/services/{Id:guid}", Access.Reader);
        rules.Add("POST /programmes/services/{Id:guid}", Access.Owner);
        rules.Add("GET /programmes/applications/{Id:guid}", Access.Reader);
        rules.Add("POST /programmes/applications/{Id:guid}", Access.Writer);
        rules.Add("GET /programmes/applications/{id:guid}/form.docx", Access.Reader);
    }
}
