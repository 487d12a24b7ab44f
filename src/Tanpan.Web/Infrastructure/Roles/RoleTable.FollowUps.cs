namespace Tanpan.Web.Infrastructure.Roles;

public static partial class RoleTable
{
    // Follow-ups (Features/FollowUps, docs/follow-ups.md). The agency's list and forms are for its readers; owners and
    // editors (programme officers) send reminders (the page's button checks). The client returns its form through the
    // reminder's signed link (no account) or, on Tanpan, from its own organisation: readers see it, owners and editors return it.
    static partial void AddFollowUps(Dictionary<string, Access> rules)
    {
        rules.Add("GET /follow-ups", Access.Reader);
        rules.Add("POST /follow-ups", Access.Writer);
        rules.Add("GET /follow-ups/{Id:guid}", Access.Reader);
        rules.Add("POST /follow-ups/{Id:guid}", Access.Writer);   // the page has no form; a post finds none
        rules.Add("GET /follow-up/form", Access.Anyone);
        rules.Add("POST /follow-up/form", Access.Anyone);
        rules.Add("GET /organisation/follow-ups", Access.Reader);
        rules.Add("POST /organisation/follow-ups", Access.Writer);   // the page has no form; a post finds none
        rules.Add("GET /organisation/follow-ups/{Id:guid}", Access.Reader);
        rules.Add("POST /organisation/follow-ups/{Id:guid}", Access.Writer);
    }
}
