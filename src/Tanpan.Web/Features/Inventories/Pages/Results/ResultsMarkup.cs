using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Tanpan.Web.Features.Inventories.Pages.Results;

/// <summary>
/// The results page's body (<see cref="ResultsBody"/>: totals, Pareto chart, the year before, intensity figures) as
/// HTML, rendered once per <see cref="ResultsBodyKey"/> and kept in <see cref="ResultsCache"/> next to the results it
/// shows. A change of either inventory gives it a new revision, hence a new key, so a stale body is never served; old
/// ones age out under the cache's size limit like old results.
/// </summary>
/// <remarks>
/// Rendering the body's component tree (five totals tables, ~20 bars of SVG with their titles, the comparison; a few
/// hundred localised strings and formatted numbers) was most of the page's cost per request; sent as markup it is one
/// frame of the page's render tree, written out as it is.
/// </remarks>
public sealed class ResultsMarkup(ResultsCache cache, ILoggerFactory loggers)
{
    /// <summary>The body for these results in the current culture: from the cache, else rendered now (with <paramref name="services"/>, the request's) and cached.</summary>
    public async Task<MarkupString> GetAsync(ResultsOutcome outcome, ResultsOutcome? previous, bool limitedToThisInventory, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var key = ResultsBodyKey.For(outcome, previous, limitedToThisInventory);
        if (cache.TryGetBody(key, out var html))
        {
            return new(html!);
        }

        html = await RenderAsync(outcome, previous, limitedToThisInventory, services);
        cache.SetBody(key, html);
        return new(html);
    }

    /// <summary>Renders <see cref="ResultsBody"/> to a string, in the caller's culture (it flows into the renderer's dispatcher).</summary>
    public async Task<string> RenderAsync(ResultsOutcome outcome, ResultsOutcome? previous, bool limitedToThisInventory, IServiceProvider services)
    {
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(ResultsBody.Outcome)] = outcome,
                [nameof(ResultsBody.PreviousYear)] = previous,
                [nameof(ResultsBody.LimitedToThisInventory)] = limitedToThisInventory,
            });
            var root = await renderer.RenderComponentAsync<ResultsBody>(parameters);
            return root.ToHtmlString();
        });
    }
}

/// <summary>
/// Everything <see cref="ResultsBody"/> depends on: the inventory and its revision (its results, year, lock, intensity
/// inputs — every change of those is a new revision), the year before and its revision (or none), whether the member
/// is limited to this inventory, and the culture (numbers) and UI culture (strings).
/// </summary>
public readonly record struct ResultsBodyKey(
    Guid Id, Guid Revision, Guid? PreviousId, Guid? PreviousRevision, bool Limited, string Culture, string UiCulture)
{
    public static ResultsBodyKey For(ResultsOutcome outcome, ResultsOutcome? previous, bool limited)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new(outcome.Inventory.Id, outcome.Inventory.Revision, previous?.Inventory.Id, previous?.Inventory.Revision, limited,
            CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name);
    }
}
