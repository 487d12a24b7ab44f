namespace Tanpan.Web.Infrastructure.Roles;

public static partial class RoleTable
{
    // Sector action plans (Features/ActionPlans): an agency organisation's plans; not verifiers; owners and editors import and edit.
    static partial void AddActionPlans(Dictionary<string, Access> rules)
    {
        rules.Add("GET /action-plans", Access.Reader);
        rules.Add("POST /action-plans", Access.Writer);
        rules.Add("GET /action-plans/{Id:guid}", Access.Reader);
        rules.Add("POST /action-plans/{Id:guid}", Access.Writer);
        rules.Add("GET /action-plans/{Id:guid}/measures/{MeasureId:guid}", Access.Reader);
        rules.Add("POST /action-plans/{Id:guid}/measures/{MeasureId:guid}", Access.Writer);
        rules.Add("GET /api/v1/action-plans/{id:guid}/report.xlsx", Access.Reader);
        rules.Add("GET /api/v1/action-plans/{id:guid}/report.docx", Access.Reader);
    }
}
