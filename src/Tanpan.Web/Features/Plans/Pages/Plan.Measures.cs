using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Plans.Pages;

/// <summary>The plan page's measure forms: add a measure, mark one implemented, remove one (each through <see cref="PlansApi"/>).</summary>
public partial class Plan
{
    private async Task AddAsync()
    {
        if (_view is null)
        {
            return;
        }

        var form = Input!;
        var start = Whole("startYear", form.StartYear);
        var lifetime = Whole("lifetimeYears", form.LifetimeYears);
        var parameters = PostedValues();
        _typed = new(parameters, StringComparer.OrdinalIgnoreCase);
        if (Errors.Count > 0)
        {
            // The year fields' messages and the calculator's ones, all at once.
            Check(form, parameters);
            return;
        }

        var outcome = (await PlansApi.AddMeasureAsync(Id, new PlanMeasureRequest(form.Kind, form.Label, parameters, start, lifetime, null), Plans, Aborted)).Result;
        if (!Settle<Created<PlanMeasureResponse>>(outcome))
        {
            RewordParameterErrors();
        }
    }

    /// <summary>The calculator's messages for the typed values when a year field could not be read (nothing is saved).</summary>
    private void Check(MeasureForm form, Dictionary<string, string> parameters)
    {
        var lifetime = int.TryParse(form.LifetimeYears, NumberStyles.Integer, CultureInfo.InvariantCulture, out var years) ? years : 10;
        var errors = new FieldErrors();
        Plans.Check(ChosenMeasure.Kind, parameters, _view!.Plan, _view.BaseInventory, lifetime, errors);
        if (errors.Any)
        {
            Show(errors.ToResult());
        }

        RewordParameterErrors();
    }

    /// <summary>Removes a measure (after its confirmation) through <see cref="PlansApi.DeleteMeasureAsync"/>.</summary>
    private async Task RemoveAsync()
    {
        if (_view is null || !Guid.TryParse(RemoveMeasureId, out var measureId) || _view.Measures.All(m => m.Measure.Id != measureId))
        {
            FormError = P["ChooseMeasure"];
            return;
        }

        if ((await PlansApi.DeleteMeasureAsync(Id, measureId, HttpContext, Plans, Aborted)).Result is ProblemHttpResult problem)
        {
            Show(problem);
            return;
        }

        Nav.NavigateTo($"/planning/plans/{Id}");
    }

    private async Task ActAsync()
    {
        if (_view is null || !Guid.TryParse(Action?.MeasureId, out var measureId) || _view.Measures.FirstOrDefault(m => m.Measure.Id == measureId) is not { } measure)
        {
            FormError = P["ChooseMeasure"];
            return;
        }

        var date = Date("implementedOn", Action.ImplementedOn);
        if (Errors.Count > 0)
        {
            return;
        }

        if (date is null)
        {
            Errors["implementedOn"] = P["DateRequired"];
            return;
        }

        var m = measure.Measure;
        var request = new PlanMeasureRequest(m.Kind, m.Label, measure.Parameters.ToDictionary(), m.StartYear, m.LifetimeYears, date);
        var outcome = (await PlansApi.UpdateMeasureAsync(Id, measureId, request, HttpContext, Plans, Aborted)).Result;
        _ = Settle<Ok<PlanMeasureResponse>>(outcome);
    }
}
