using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Core.Reduction.Planning;
using Tanpan.Web.Infrastructure.Concurrency;

namespace Tanpan.Web.Features.Plans.Pages;

/// <summary>
/// <c>/planning/plans/{id}</c>: the plan's facts with its settings and delete forms (here), its measures with their
/// forms (Plan.Measures.cs, Plan.MeasureFields.cs), and what follows from them (read-only sections): the abatement
/// curve, the pathway, the carbon fee outlook and the verified savings.
/// </summary>
public partial class Plan
{
    private PlanView? _view;
    private AbatementCurveResponse? _curve;
    private IReadOnlyList<PathwayYearResponse>? _pathway;
    private CarbonFeeOutlookResponse? _fee;
    private IReadOnlyList<VerifiedSavingResponse>? _verified;
    private EditConflict? _conflict;

    [Parameter]
    public Guid Id { get; set; }

    /// <summary>Domestic reduction credits a year for the fee outlook, as typed (GET form).</summary>
    [SupplyParameterFromQuery(Name = "offsetsT")]
    public string? OffsetsT { get; set; }

    [SupplyParameterFromForm(FormName = "plan-settings")]
    private PlanForm? Settings { get; set; }

    [SupplyParameterFromForm(FormName = "delete-plan")]
    private string? Delete { get; set; }

    private bool SettingsOpen { get; set; }

    private string? DeleteError { get; set; }

    [SupplyParameterFromForm(FormName = "add-measure")]
    private MeasureForm? Input { get; set; }

    [SupplyParameterFromForm(FormName = "measure-action")]
    private MeasureActionForm? Action { get; set; }

    [SupplyParameterFromForm(FormName = "remove-measure")]
    private string? RemoveMeasureId { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (!EnsurePlanReader())
        {
            return;
        }

        if (!await LoadAsync())
        {
            NotFound();
            return;
        }

        var plan = _view!.Plan;
        Settings ??= new()
        {
            Name = plan.Name, BaseInventoryId = plan.BaseInventoryYearId.ToString(), FacilityId = plan.FacilityId?.ToString(),
            EndYear = plan.EndYear.ToString(CultureInfo.InvariantCulture), GrowthPercent = plan.GrowthPercent.ToString(CultureInfo.InvariantCulture),
            DiscountRate = plan.DiscountRate.ToString(CultureInfo.InvariantCulture), HighLeakage = plan.HighLeakage,
            Version = plan.RowVersion.ToString(CultureInfo.InvariantCulture),
        };
        // Defaults unless this is the add-measure post (whose typed values are kept); another form's post is a fresh form.
        if (Input is null)
        {
            Input = new() { Kind = ChosenMeasure.Kind, StartYear = (_view!.BaseInventory.Year + 1).ToString(CultureInfo.InvariantCulture) };
            FillDefaults();
        }
    }

    /// <summary>
    /// Loads the plan and everything shown with it into locals and sets the fields only at the end: the page renders at
    /// every await that does not complete at once (on PostgreSQL every query), and a render must never see the plan
    /// without its verified savings.
    /// </summary>
    private async Task<bool> LoadAsync()
    {
        var view = await Plans.FindAsync(Id, Aborted);
        if (view is null)
        {
            _view = null;
            return false;
        }

        var fee = PlanAnalysis.CarbonFee(view);
        var offsets = Number("offsetsT", OffsetsT);
        if (offsets is not null)
        {
            switch ((await PlansApi.GetCarbonFeeAsync(Id, offsets, Plans, Aborted)).Result)
            {
                case Ok<CarbonFeeOutlookResponse> ok:
                    fee = ok.Value!;
                    break;
                case ValidationProblem invalid:
                    Show(invalid);
                    break;
            }
        }

        var verified = await Analysis.VerifiedSavingsAsync(view, Aborted);
        (_curve, _pathway, _fee, _verified, _view) = (PlanAnalysis.Curve(view), PathwayYearResponse.From(PlanAnalysis.Pathway(view)), fee, verified, view);
        return true;
    }

    /// <summary>The plan's settings through <see cref="PlansApi.UpdatePlanAsync"/>; base inventory and facility are kept.</summary>
    private async Task SaveSettingsAsync()
    {
        if (_view is null)
        {
            return;
        }

        SettingsOpen = true;
        var form = Settings!;
        var end = Whole("endYear", form.EndYear);
        var growth = Number("growthPercent", form.GrowthPercent);
        var discount = Number("discountRate", form.DiscountRate);
        if (int.TryParse(form.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var seen))
        {
            EditVersions.ExpectVersion(HttpContext, seen);
        }

        var request = new PlanRequest(form.Name, _view.Plan.BaseInventoryYearId, _view.Plan.FacilityId, end, growth, discount, form.HighLeakage);
        if (Errors.Count > 0)
        {
            await CheckOtherFieldsAsync(async () => (await PlansApi.UpdatePlanAsync(Id, request, HttpContext, Plans, Aborted)).Result);
            return;
        }

        var outcome = (await PlansApi.UpdatePlanAsync(Id, request, HttpContext, Plans, Aborted)).Result;
        if (EditConflict.Of(outcome) is { } conflict)
        {
            // 409: the form keeps what was typed and now carries the current version; saving again applies it on top.
            Db.ChangeTracker.Clear();
            HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
            (_conflict, form.Version) = (conflict, conflict.CurrentVersion.ToString(CultureInfo.InvariantCulture));
            return;
        }

        _ = Settle<Ok<PlanResponse>>(outcome);
    }

    /// <summary>Deletes the plan through <see cref="PlansApi.DeletePlanAsync"/> (409 while a target uses it).</summary>
    private async Task DeleteAsync()
    {
        if (_view is null)
        {
            return;
        }

        if ((await PlansApi.DeletePlanAsync(Id, HttpContext, Plans, Aborted)).Result is ProblemHttpResult problem)
        {
            Db.ChangeTracker.Clear();
            SettingsOpen = true;
            DeleteError = English ? problem.ProblemDetails.Detail : problem.ProblemDetails.Title;
            return;
        }

        Nav.NavigateTo("/planning/plans");
    }

    private static string Kind(string kind) => PlanNumbers.Kind(kind);

    private string YesNo(bool value) => value ? P["Yes"] : P["No"];

    /// <summary>After an API call: back to the plan when it answered <typeparamref name="TOk"/> (true), else its messages on the page.</summary>
    private bool Settle<TOk>(IResult outcome)
    {
        if (outcome is TOk)
        {
            Nav.NavigateTo($"/planning/plans/{Id}");
            return true;
        }

        Db.ChangeTracker.Clear();
        _ = outcome switch
        {
            ValidationProblem invalid => Show(invalid),
            ProblemHttpResult problem => Show(problem),
            _ => false,
        };
        return false;
    }
}
