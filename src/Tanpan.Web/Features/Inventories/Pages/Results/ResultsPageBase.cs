using Microsoft.AspNetCore.Components;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Roles;
using Tanpan.Web.Components;

namespace Tanpan.Web.Features.Inventories.Pages.Results;

/// <summary>
/// What the results pages share: sign-in check, the verifier's one-inventory limit, and the inventory's results
/// through <see cref="InventoryResultsService"/> (the API's own path). Another organisation's id, or none, is 404.
/// </summary>
/// <remarks>
/// The page uses the request's services (its <see cref="AppDbContext"/>): the layout runs no query (the organisation's
/// name comes with the tenant), so nothing else uses the context while the page initialises.
/// </remarks>
public abstract class ResultsPageBase : ComponentBase
{
    [Inject]
    protected InventoryResultsService Service { get; set; } = default!;

    [Inject]
    protected TenantContext Tenant { get; set; } = default!;

    [Inject]
    protected AppDbContext Db { get; set; } = default!;

    [Inject]
    protected NavigationManager Nav { get; set; } = default!;

    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [Parameter]
    public Guid Id { get; set; }

    protected ResultsOutcome? Outcome { get; private set; }

    /// <summary>The same organisation's inventory for the year before (when loaded with it and there is one).</summary>
    protected ResultsOutcome? PreviousYear { get; private set; }

    /// <summary>True for a verifier limited to this one inventory (who therefore sees no other year).</summary>
    protected bool LimitedToThisInventory { get; private set; }

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>
    /// Loads <see cref="Outcome"/> (and, when <paramref name="withPreviousYear"/> and the member may see other years,
    /// <see cref="PreviousYear"/>, with the same query); false when the page was redirected or answered 404 instead.
    /// </summary>
    protected async Task<bool> LoadAsync(bool withPreviousYear = false)
    {
        if (Tenant.UserId is null)
        {
            Nav.NavigateTo("/login");
            return false;
        }

        var only = await VerifierScope.LimitAsync(Tenant, Db, Aborted);
        if ((only is Guid limit && limit != Id) || await Service.GetWithPreviousYearAsync(Id, withPreviousYear && only is null, Aborted) is not { } loaded)
        {
            NotFound();
            return false;
        }

        (Outcome, PreviousYear, LimitedToThisInventory) = (loaded.Outcome, loaded.Previous, only is not null);
        return true;
    }

    /// <summary>True when the inventory is not the member's to see and the request was a form post (see <see cref="PageNotFound"/>).</summary>
    protected bool Missing { get; private set; }

    /// <summary>Answers 404 (<see cref="PageNotFound"/>); the page renders <c>&lt;MissingTarget Show="@Missing" /&gt;</c>.</summary>
    protected void NotFound() => Missing = PageNotFound.Answer(HttpContext, Nav);
}
