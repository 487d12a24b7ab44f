namespace Tanpan.Web.Infrastructure.Roles;

public static class RoleGateExtensions
{
    /// <summary>Enforces <see cref="RoleTable"/>; after <c>UseAccounts</c> (who and which organisation) and the UI's culture.</summary>
    public static WebApplication UseRoleTable(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<RoleGate>();
        return app;
    }
}
