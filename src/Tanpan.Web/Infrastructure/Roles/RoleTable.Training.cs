namespace Tanpan.Web.Infrastructure.Roles;

public static partial class RoleTable
{
    // Training (Features/Training): the agency's owners and editors manage courses, sessions, attendance and certificates;
    // viewers read; verifiers see none. Registration by a session's signed link and the certificate check are public
    // (one narrow page each, no sign-in: DESIGN.md wave 2).
    static partial void AddTraining(Dictionary<string, Access> rules)
    {
        rules.Add("GET /training", Access.Reader);
        rules.Add("GET /training/courses/new", Access.Reader);
        rules.Add("POST /training/courses/new", Access.Writer);
        rules.Add("GET /training/courses/{Id:guid}", Access.Reader);
        rules.Add("POST /training/courses/{Id:guid}", Access.Writer);
        rules.Add("GET /training/sessions/{Id:guid}", Access.Reader);
        rules.Add("POST /training/sessions/{Id:guid}", Access.Writer);
        rules.Add("GET /training/sessions/{Id:guid}/attendance", Access.Reader);
        rules.Add("POST /training/sessions/{Id:guid}/attendance", Access.Writer);
        rules.Add("GET /training/certificates/{Id:guid}", Access.Reader);
        rules.Add("POST /training/certificates/{Id:guid}", Access.Writer);
        rules.Add("GET /training/register/{Token}", Access.Anyone);
        rules.Add("POST /training/register/{Token}", Access.Anyone);
        rules.Add("GET /training/verify/{Number}/{Code}", Access.Anyone);
    }
}
