namespace Tanpan.Web.Infrastructure.Roles;

public static partial class RoleTable
{
    // Products and their footprints (Features/Products): not verifiers; owners and editors change them.
    static partial void AddProducts(Dictionary<string, Access> rules)
    {
        rules.Add("GET /products", Access.Reader);
        rules.Add("GET /products/new", Access.Reader);
        rules.Add("POST /products/new", Access.Writer);
        rules.Add("GET /products/{Id:guid}", Access.Reader);
        rules.Add("POST /products/{Id:guid}", Access.Writer);
        rules.Add("GET /products/{Id:guid}/edit", Access.Reader);
        rules.Add("POST /products/{Id:guid}/edit", Access.Writer);
        rules.Add("GET /products/{Id:guid}/outputs", Access.Reader);
        rules.Add("POST /products/{Id:guid}/outputs", Access.Writer);
        rules.Add("GET /products/{Id:guid}/footprints", Access.Reader);
        rules.Add("POST /products/{Id:guid}/footprints", Access.Writer);
        rules.Add("GET /products/{Id:guid}/footprints/{VersionId:guid}", Access.Reader);
        rules.Add("POST /products/{Id:guid}/footprints/{VersionId:guid}", Access.Writer);
        rules.Add("GET /products/inventories/{Id:guid}/assignments", Access.Reader);
        rules.Add("POST /products/inventories/{Id:guid}/assignments", Access.Writer);
        rules.Add("GET /products/inventories/{Id:guid}/allocation", Access.Reader);
    }
}
