using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Pact;

namespace Tanpan.Web.Features.Products.Pages;

/// <summary>One footprint version: figures from its stored snapshot (never recomputed here), lock, and publish to PACT.</summary>
public partial class FootprintPage
{
    private ProductFootprintVersion? _version;
    private FootprintSnapshot? _snapshot;

    [Inject]
    private ProductFootprints Footprints { get; set; } = default!;

    [Inject]
    private IPactPublisher Publisher { get; set; } = default!;

    [Parameter]
    public Guid Id { get; set; }

    [Parameter]
    public Guid VersionId { get; set; }

    [SupplyParameterFromForm(FormName = "lock-version")]
    private string? Lock { get; set; }

    [SupplyParameterFromForm(FormName = "publish-version")]
    private string? Publish { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (!EnsureProductReader())
        {
            return;
        }

        if (await Footprints.FindAsync(Id, VersionId, Aborted) is not { } found)
        {
            NotFound();
            return;
        }

        (_version, _snapshot) = found;
    }

    private async Task LockAsync() => Answer((await Footprints.LockAsync(Id, VersionId, Aborted)).Result);

    private async Task PublishAsync() => Answer((await Footprints.PublishAsync(Id, VersionId, Publisher, Aborted)).Result);

    private void Answer(IResult result)
    {
        if (result is ProblemHttpResult problem)
        {
            Db.ChangeTracker.Clear();
            Show(problem);
            return;
        }

        Nav.NavigateTo($"/products/{Id}/footprints/{VersionId}");
    }

    private static string Rating(decimal? value) => value?.ToString("0.#", System.Globalization.CultureInfo.CurrentCulture) ?? "—";
}
