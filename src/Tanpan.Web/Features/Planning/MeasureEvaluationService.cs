using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Core.Reduction;
using Tanpan.Core.Tariffs;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Roles;

namespace Tanpan.Web.Features.Planning;

/// <summary>
/// Evaluates a measure with Core's <see cref="MeasureCalculator"/> (the CLI's <c>tanpan measure evaluate</c>): the
/// factor library the app runs with and the shipped Taipower tariff plans; with an inventory (or a facility, through
/// its latest inventory) of the organisation, that inventory's pinned factor set, GWP set and year (grid factor).
/// </summary>
public sealed class MeasureEvaluationService(AppDbContext db, TenantContext tenant, FactorLibrary library)
{
    /// <summary>Core's option and parameter keys → the request's field names (a parameter is <c>parameters.{key}</c>).</summary>
    private static readonly Dictionary<string, string> OptionFields = new(StringComparer.Ordinal)
    {
        ["lifetime"] = "lifetimeYears",
        ["discount-rate"] = "discountRate",
        ["factor-set"] = "factorSetId",
        ["gwp"] = "gwpSetId",
        ["grid-year"] = "gridYear",
        ["measure"] = "measureId",
    };

    public async Task<Results<Ok<MeasureEvaluationResponse>, ValidationProblem, ProblemHttpResult>> EvaluateAsync(
        string measureId, EvaluateMeasureRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (MeasureCatalog.Find(measureId) is not { } measure)
        {
            return PlanningProblems.MeasureNotFound(measureId);
        }

        var errors = new FieldErrors();
        var parameters = Texts(request.Parameters, errors);
        var basis = await BasisAsync(request, cancellationToken);
        if (basis is null)
        {
            return Problems.NotFound();
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var options = new MeasureOptions(basis.FactorSetId, basis.GwpSetId, basis.GridYear, basis.DiscountRate, basis.LifetimeYears);
        var outcome = MeasureCalculator.Evaluate(measure.Kind, parameters, options, new MeasureContext(library, TariffLibrary.Shipped));
        if (outcome.Result is not { } r)
        {
            foreach (var p in outcome.Problems)
            {
                errors.Add(Field(p.Column), Web(p.MessageZh), Web(p.MessageEn));
            }

            return errors.ToResult();
        }

        return TypedResults.Ok(new MeasureEvaluationResponse(
            measure.Kind, measure.NameZh, measure.NameEn, measure.Formula, basis with { GridYear = r.GridYear },
            [.. r.Savings.Select(s => new CarrierSavingResponse(
                Carriers.Key(s.Carrier), Carriers.Unit(s.Carrier), s.Quantity, s.Co2e.Tonnes, s.FactorId, s.KgCo2ePerUnit, s.PriceNtdPerUnit, s.CostNtd))],
            r.Co2e.Tonnes, r.OtherCostSavingsNtd, r.CostSavedNtd, [.. r.MissingPrices.Select(Carriers.Key)],
            r.InvestmentNtd, r.SubsidyNtd, r.NetInvestmentNtd, r.PaybackYears, r.NpvNtd, r.Irr, r.Note));
    }

    /// <summary>
    /// The options to value with: the request's, else an inventory's pinned sets and year, else the defaults. Null when
    /// the inventory or facility named is not the organisation's (or is out of a verifier's scope).
    /// </summary>
    private async Task<MeasureBasis?> BasisAsync(EvaluateMeasureRequest request, CancellationToken cancellationToken)
    {
        Guid? inventoryId = request.InventoryId;
        string? facilityName = null;
        if (request.FacilityId is { } facilityId)
        {
            facilityName = await db.Facilities.AsNoTracking().Where(f => f.Id == facilityId).Select(f => f.Name).SingleOrDefaultAsync(cancellationToken);
            if (facilityName is null)
            {
                return null;
            }

            inventoryId ??= await db.EmissionSources.AsNoTracking().Where(s => s.FacilityId == facilityId)
                .OrderByDescending(s => s.InventoryYear!.Year).Select(s => (Guid?)s.InventoryYearId).FirstOrDefaultAsync(cancellationToken);
        }

        (string Set, string Gwp, int Year)? pinned = null;
        if (inventoryId is { } id)
        {
            var only = await VerifierScope.LimitAsync(tenant, db, cancellationToken);
            var year = only is Guid limit && limit != id
                ? null
                : await db.InventoryYears.AsNoTracking().Where(y => y.Id == id)
                    .Select(y => new { y.FactorSetId, y.GwpSetId, y.Year }).SingleOrDefaultAsync(cancellationToken);
            if (year is null)
            {
                return null;
            }

            pinned = (year.FactorSetId, year.GwpSetId, year.Year);
        }

        return new MeasureBasis(
            request.FactorSetId ?? pinned?.Set ?? FactorLibrary.DefaultSetId,
            request.GwpSetId ?? pinned?.Gwp ?? FactorLibrary.DefaultGwpId,
            request.GridYear ?? pinned?.Year ?? library.GridFactors.Keys.Max(),
            request.DiscountRate ?? 0.05m,
            request.LifetimeYears ?? 10,
            inventoryId, pinned?.Year, request.FacilityId, facilityName);
    }

    private static Dictionary<string, string> Texts(IReadOnlyDictionary<string, JsonElement>? parameters, FieldErrors errors)
    {
        var texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in parameters ?? new Dictionary<string, JsonElement>())
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Number:
                    texts[key] = value.GetRawText();
                    break;
                case JsonValueKind.String:
                    texts[key] = value.GetString()!;
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    errors.Add($"parameters.{key}", "須為數字或文字。", "Must be a number or text.");
                    break;
            }
        }

        return texts;
    }

    private static string Field(string column) => OptionFields.TryGetValue(column, out var field) ? field : $"parameters.{column}";

    /// <summary>Core writes messages for the command line (<c>--lifetime</c>); the API names fields without the dashes.</summary>
    private static string Web(string message) => message.Replace("--", "", StringComparison.Ordinal);
}
