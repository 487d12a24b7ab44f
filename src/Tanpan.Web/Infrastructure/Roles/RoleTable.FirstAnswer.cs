namespace Tanpan.Web.Infrastructure.Roles;

public static partial class RoleTable
{
    // The first answer (Features/FirstAnswer, docs/first-answer.md): owners, editors and viewers calculate (nothing is
    // saved); only owners and editors convert it into an inventory year — the page's handler asks the inventory API,
    // which refuses a viewer (403). Verifiers, limited to one inventory, have no use for it.
    static partial void AddFirstAnswer(Dictionary<string, Access> rules)
    {
        rules.Add("GET /first-answer", Access.Reader);
        rules.Add("POST /first-answer", Access.Reader);
    }
}
