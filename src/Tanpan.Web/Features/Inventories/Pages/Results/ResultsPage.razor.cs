using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Infrastructure;

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

    /// <summary>Totals, chart, the year before and intensity figures: cached HTML (<see cref="ResultsMarkup"/>).</summary>
    private MarkupString Body { get; set; }

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    protected override async Task OnInitializedAsync()
    {
        if (!await LoadAsync(withPreviousYear: true))
        {
            return;
        }

        Body = await Markup.GetAsync(Outcome!, PreviousYear, LimitedToThisInventory, HttpContext.RequestServices);
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
        var year = await Db.InventoryYears.AsNoTracking().SingleAsync(y => y.Id == Id, Aborted);
        var request = new InventoryRequest(
            year.Year, year.Boundary, year.PeriodStart, year.PeriodEnd, year.FactorSetId, year.GwpSetId, year.IsBaseYear,
            output, Input.OutputUnit, revenue);
        if (_editContext!.GetValidationMessages().Any())
        {
            // A number could not be read: the other fields' rules still answer, all at once; nothing is saved.
            var others = await RolledBackSave.MessagesAsync(Db, async () => (await InventoriesApi.UpdateInventoryAsync(Id, request, HttpContext, Tenant, Db, Library, Aborted)).Result, Aborted);
            foreach (var error in others)
            {
                if (FormFields.TryGetValue(error.Field, out var field) && !_editContext.GetValidationMessages(_editContext.Field(field)).Any())
                {
                    _messages!.Add(_editContext.Field(field), error.Message(CultureInfo.CurrentUICulture));
                }
            }

            return;
        }
        var result = await InventoriesApi.UpdateInventoryAsync(Id, request, HttpContext, Tenant, Db, Library, Aborted);
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
}
