namespace Tanpan.Web.Infrastructure.Roles;

public static partial class RoleTable
{
    // Issue 15 point 7 (layout for real screens). The home dashboard lives on "/" (a row of the core table). The meter
    // readings upload page (Features/Meters/Pages/ReadingsUpload.razor) writes readings like a gateway key does: owners and
    // editors only, as the gateway keys page.
    static partial void AddHome(Dictionary<string, Access> rules)
    {
        rules.Add("GET /meters/upload", Access.Writer);
        rules.Add("POST /meters/upload", Access.Writer);
    }
}
