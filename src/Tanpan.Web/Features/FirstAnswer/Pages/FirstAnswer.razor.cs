using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Components;

namespace Tanpan.Web.Features.FirstAnswer.Pages;

/// <summary>
/// <c>/first-answer</c>: the year's bills on one page → an immediate result (the inventory's own calculation) → one
/// button that makes it an inventory year and goes to its reading reminder. docs/first-answer.md.
/// </summary>
public sealed partial class FirstAnswer : MemberPage
{
    private bool _ready;
    private int _inventories;
    private FirstAnswerResult? _result;
    private Guid? _existing;

    [SupplyParameterFromForm(FormName = "first-answer")]
    private FirstAnswerForm? Input { get; set; }

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        if (!EnsureMember())
        {
            return;
        }

        Input?.Complete();
        _inventories = await Db.InventoryYears.CountAsync(Aborted);
        if (Input is null)
        {
            var facility = await Db.Facilities.OrderBy(f => f.Name).Select(f => f.Name).FirstOrDefaultAsync(Aborted);
            Input = new FirstAnswerForm
            {
                Year = (Tanpan.Core.Time.TaipeiTime.Today(Clock).Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                FacilityName = facility ?? (English ? "Main plant" : "本廠"),
            };
        }

        _ready = true;
    }

    private async Task SubmitAsync()
    {
        var (plan, errors) = FirstAnswerPlan.Read(Input!, Library, Tanpan.Core.Factors.FactorLibrary.DefaultSetId, English);
        if (plan is null)
        {
            Show(errors);
            return;
        }

        var (result, issues) = FirstAnswerCalculation.Run(plan, Library);
        if (result is null)
        {
            Show(issues);
            return;
        }

        if (Input!.Intent != "convert")
        {
            _result = result;
            return;
        }

        var outcome = await FirstAnswerConversion.ConvertAsync(plan, Tenant, Db, Library, Aborted);
        if (outcome is { InventoryId: { } id, AlreadyThere: false })
        {
            Nav.NavigateTo($"/inventories/{id}/reminder");
            return;
        }

        _result = result;
        if (outcome.AlreadyThere)
        {
            _existing = outcome.InventoryId;
        }
        else if (outcome.Problem is { } problem)
        {
            Show(problem);
        }
        else
        {
            foreach (var error in outcome.Errors)
            {
                Errors[error.Field] = error.Message(System.Globalization.CultureInfo.CurrentUICulture);
            }
        }
    }

    private void Show(Infrastructure.FieldErrors errors)
    {
        foreach (var error in Infrastructure.FieldErrors.Of(errors.ToResult()))
        {
            var message = error.Message(System.Globalization.CultureInfo.CurrentUICulture);
            if (error.Field == FirstAnswerPlan.FormField)
            {
                FormError = message;
            }
            else
            {
                Errors[error.Field] = Errors.TryGetValue(error.Field, out var before) ? $"{before} {message}" : message;
            }
        }
    }
}
