using Microsoft.AspNetCore.Components;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Inventories.Pages.Results;

/// <summary>
/// What the results pages share: sign-in check, the verifier's one-inventory limit, and the inventory's results
/// through <see cref="InventoryResultsService"/> (the API's own path). Another organisation's id, or none, is 404.
/// </summary>
/// <remarks>
/// The page works in a service scope of its own (<see cref="OwningComponentBase"/>), with the request's tenant copied
/// into it: the layout queries the request's <see cref="AppDbContext"/> while the page initialises, and a context
/// must not run two queries at once (PostgreSQL's truly asynchronous commands would overlap).
/// </remarks>
public abstract class ResultsPageBase : OwningComponentBase
{
    [Inject]
    private TenantContext RequestTenant { get; set; } = default!;

    protected InventoryResultsService Service => ScopedServices.GetRequiredService<InventoryResultsService>();

    protected TenantContext Tenant => ScopedServices.GetRequiredService<TenantContext>();

    protected AppDbContext Db => ScopedServices.GetRequiredService<AppDbContext>();

    [Inject]
    protected NavigationManager Nav { get; set; } = default!;

    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [Parameter]
    public Guid Id { get; set; }

    protected ResultsOutcome? Outcome { get; private set; }

    /// <summary>True for a verifier limited to this one inventory (who therefore sees no other year).</summary>
    protected bool LimitedToThisInventory { get; private set; }

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>Loads <see cref="Outcome"/>; false when the page was redirected or answered 404 instead.</summary>
    protected async Task<bool> LoadAsync()
    {
        Tenant.Set(RequestTenant.UserId, RequestTenant.OrganisationId, RequestTenant.Role);
        if (Tenant.UserId is null)
        {
            Nav.NavigateTo("/login");
            return false;
        }

        var only = await VerifierScope.LimitAsync(Tenant, Db, Aborted);
        if ((only is Guid limit && limit != Id) || await Service.GetAsync(Id, Aborted) is not { } outcome)
        {
            NotFound();
            return false;
        }

        (Outcome, LimitedToThisInventory) = (outcome, only is not null);
        return true;
    }

    protected void NotFound()
    {
        Nav.NotFound();
    }
}
