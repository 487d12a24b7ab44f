using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Tanpan.Web.Features.Inventories.Pages.Results;

public partial class ResultsPage
{
    private static readonly Dictionary<string, string> FormFields = new(StringComparer.Ordinal)
    {
        ["outputQuantity"] = nameof(IntensityForm.OutputQuantity),
        ["outputUnit"] = nameof(IntensityForm.OutputUnit),
        ["revenueNtd"] = nameof(IntensityForm.RevenueNtd),
    };

    private EditContext? _editContext;
    private ValidationMessageStore? _messages;
    private string? _formError;

    [SupplyParameterFromForm(FormName = "intensity")]
    private IntensityForm? Input { get; set; }

    [SupplyParameterFromQuery(Name = "saved")]
    private bool Saved { get; set; }

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    protected override async Task OnInitializedAsync()
    {
        if (!await LoadAsync(withPreviousYear: true))
        {
            return;
        }

        var head = Outcome!.Inventory;
        Input ??= new IntensityForm
        {
            OutputQuantity = head.OutputQuantity?.ToString("#,0.##########", CultureInfo.CurrentCulture),
            OutputUnit = head.OutputUnit,
            RevenueNtd = head.RevenueNtd?.ToString("#,0.##########", CultureInfo.CurrentCulture),
        };
        _editContext = new(Input);
        _messages = new(_editContext);
    }

    /// <summary>Saves through the API's own handler (<see cref="InventoriesApi.UpdateInventoryAsync"/>): the same rules, the same messages.</summary>
    private async Task SaveAsync()
    {
        if (Outcome is null || Input is null)
        {
            return;
        }

        var output = Parse(Input.OutputQuantity, nameof(IntensityForm.OutputQuantity));
        var revenue = Parse(Input.RevenueNtd, nameof(IntensityForm.RevenueNtd));
        if (_editContext!.GetValidationMessages().Any())
        {
            return;
        }

        var year = await Db.InventoryYears.AsNoTracking().SingleAsync(y => y.Id == Id, Aborted);
        var request = new InventoryRequest(
            year.Year, year.Boundary, year.PeriodStart, year.PeriodEnd, year.FactorSetId, year.GwpSetId, year.IsBaseYear,
            output, Input.OutputUnit, revenue);
        var result = await InventoriesApi.UpdateInventoryAsync(Id, request, Tenant, Db, Library, Aborted);
        switch (result.Result)
        {
            case Ok<InventoryResponse>:
                Nav.NavigateTo($"/inventories/{Id}/results?saved=true");
                break;
            case ValidationProblem invalid:
                foreach (var (key, messages) in invalid.ProblemDetails.Errors)
                {
                    var text = messages.Select(ResultsFormat.Message);
                    if (FormFields.TryGetValue(key, out var field))
                    {
                        _messages!.Add(_editContext.Field(field), text);
                    }
                    else
                    {
                        _formError = string.Join(" ", text);
                    }
                }

                break;
            case ProblemHttpResult problem:
                _formError = English ? problem.ProblemDetails.Detail : problem.ProblemDetails.Title;
                break;
        }
    }

    private decimal? Parse(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.CurrentCulture, out var value))
        {
            return value;
        }

        _messages!.Add(_editContext!.Field(field), R["NotANumber"]);
        return null;
    }

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
