using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace Tanpan.Web.Features.Inventories.Pages.Results;

/// <summary>
/// The part of the results page that depends only on the results (rendered once per <see cref="ResultsBodyKey"/> by
/// <see cref="ResultsMarkup"/>): no request, no form, no query.
/// </summary>
public partial class ResultsBody
{
    [Parameter, EditorRequired]
    public ResultsOutcome Outcome { get; set; } = default!;

    /// <summary>The same organisation's inventory for the year before, when there is one and the member may see it.</summary>
    [Parameter]
    public ResultsOutcome? PreviousYear { get; set; }

    /// <summary>True for a verifier limited to this one inventory (who therefore sees no other year).</summary>
    [Parameter]
    public bool LimitedToThisInventory { get; set; }

    private Guid Id => Outcome.Inventory.Id;

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    private string SourceName(SourceResult source) =>
        $"{source.Process ?? source.Equipment ?? source.MaterialName}（{(English ? Library.Materials.FindByKey(source.MaterialKey)?.NameEn ?? source.MaterialName : source.MaterialName)}）";

    private static decimal Find(IReadOnlyList<ResultTotal> totals, string key) => totals.FirstOrDefault(t => t.Key == key)?.Kilograms ?? 0m;

    /// <summary>Total, then each scope and category either year has: this year, the year before.</summary>
    private IEnumerable<(string Label, decimal Now, decimal Before)> Comparison(InventoryResults now, InventoryResults before)
    {
        yield return (R["Total"], now.TotalKilograms, before.TotalKilograms);
        foreach (var scope in now.ByScope.Select(s => s.Key).Union(before.ByScope.Select(s => s.Key)).Order(StringComparer.Ordinal))
        {
            yield return (R["ScopeN", scope], Find(now.ByScope, scope), Find(before.ByScope, scope));
        }

        foreach (var category in now.ByCategory.Select(s => s.Key).Union(before.ByCategory.Select(s => s.Key)).Order(StringComparer.Ordinal))
        {
            yield return (R["CategoryN", category], Find(now.ByCategory, category), Find(before.ByCategory, category));
        }
    }
}
