using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Core.Tariffs;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;
using Tanpan.Core.Units;

namespace Tanpan.Web.Features.Tariffs;

/// <summary>
/// Tariff plans and the peak-shift simulator under <c>/api/v1/tariffs</c> (docs/api.md). The shipped plans are reference
/// data: any signed-in member may read and simulate with them; owners, editors and viewers may also simulate with their
/// organisation's own plans (<see cref="OrganisationTariffs"/>). The page <c>/tools/peak-shift</c> calls
/// <see cref="SimulatePeakShiftAsync"/> and <see cref="SimulateBlockAsync"/>.
/// </summary>
public static class TariffsApi
{
    public static IEndpointRouteBuilder MapTariffsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/tariffs").RequireAuthorization().WithTags("Tariffs");
        api.MapGet("", ListPlans);
        api.MapPost("/peak-shift", SimulatePeakShiftAsync);
        api.MapPost("/peak-shift/block", SimulateBlockAsync);
        return app;
    }

    public static Ok<IReadOnlyList<TariffPlanResponse>> ListPlans() =>
        TypedResults.Ok<IReadOnlyList<TariffPlanResponse>>(TariffLibrary.Shipped.Plans.Select(ToResponse).ToList());

    /// <summary>Validates the words and numbers, then runs <see cref="PeakShift.Simulate"/>; every problem is reported at once.</summary>
    public static async Task<Results<Ok<PeakShiftResponse>, ValidationProblem>> SimulatePeakShiftAsync(
        PeakShiftRequest request, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var (plan, voltage, season, day) = await CommonAsync(errors, request.Plan, request.Voltage, request.Season, request.Day, tenant, db, cancellationToken);
        var from = Parse(errors, "from", request.From, TariffKeys.ParsePeriod, "時段須為 peak、semi_peak 或 off_peak。", "Period must be peak, semi_peak or off_peak.");
        if (request.Kwh is null)
        {
            errors.Add("kwh", "此欄位必填。", "This field is required.");
        }

        var shares = new List<ShiftShare>();
        foreach (var (key, share) in request.To ?? new Dictionary<string, decimal>())
        {
            if (TariffKeys.ParsePeriod(key) is { } p)
            {
                shares.Add(new ShiftShare(p, share));
            }
            else
            {
                errors.Add("to", $"不明的時段「{key}」。", $"Unknown period '{key}'.");
            }
        }

        if (errors.Any || plan is null || season is null || day is null || from is null || request.Kwh is null)
        {
            return errors.ToResult();
        }

        var outcome = PeakShift.Simulate(plan, voltage, season.Value, day.Value, KilowattHours.Of(request.Kwh.Value), from.Value, shares);
        if (outcome.Result is not { } r)
        {
            foreach (var p in outcome.Problems)
            {
                errors.Add(p.Column, p.MessageZh, p.MessageEn);
            }

            return errors.ToResult();
        }

        return TypedResults.Ok(new PeakShiftResponse(r.PlanId, r.PlanVersion, TariffKeys.Key(r.Voltage), TariffKeys.Key(r.Season), TariffKeys.Key(r.Day),
            KilowattHours.In(r.Energy), TariffKeys.Key(r.From), r.FromPrice.NtdPerKwh,
            r.To.Select(l => new PeakShiftLeg(TariffKeys.Key(l.Period), l.Share, KilowattHours.In(l.Energy), l.Price.NtdPerKwh, l.Cost.BaseValue)).ToList(),
            r.CostBefore.BaseValue, r.CostAfter.BaseValue, r.Savings.BaseValue));
    }

    /// <summary>The load-block form: a block of <c>kw</c> over <c>window</c> on <c>days</c> days moved to <c>toWindow</c> (<see cref="BlockShift"/>).</summary>
    public static async Task<Results<Ok<BlockShiftResponse>, ValidationProblem>> SimulateBlockAsync(
        BlockShiftRequest request, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var (plan, voltage, season, day) = await CommonAsync(errors, request.Plan, request.Voltage, request.Season, request.Day, tenant, db, cancellationToken);
        if (request.Kw is null)
        {
            errors.Add("kw", "此欄位必填。", "This field is required.");
        }

        if (request.Days is null)
        {
            errors.Add("days", "此欄位必填。", "This field is required.");
        }

        var from = Required(errors, "window", request.Window);
        var to = Required(errors, "toWindow", request.ToWindow);
        if (errors.Any || plan is null || season is null || day is null || request.Kw is null || request.Days is null || from is null || to is null)
        {
            return errors.ToResult();
        }

        var outcome = BlockShift.Simulate(plan, voltage, season.Value, day.Value, request.Kw.Value, from, to, request.Days.Value);
        if (outcome.Result is not { } r)
        {
            foreach (var p in outcome.Problems)
            {
                errors.Add(p.Column == "to_window" ? "toWindow" : p.Column, p.MessageZh, p.MessageEn);
            }

            return errors.ToResult();
        }

        return TypedResults.Ok(new BlockShiftResponse(r.PlanId, r.PlanVersion, TariffKeys.Key(r.Voltage), TariffKeys.Key(r.Season), TariffKeys.Key(r.Day),
            r.Kw, r.Days, r.FromWindow, r.ToWindow, KilowattHours.In(r.Energy), [.. r.Before.Select(Leg)], [.. r.After.Select(Leg)],
            r.CostBefore.BaseValue, r.CostAfter.BaseValue, r.Savings.BaseValue));
    }

    private static BlockShiftLeg Leg(BlockLeg l) => new(TariffKeys.Key(l.Period), l.Hours, KilowattHours.In(l.Energy), l.Price.NtdPerKwh, l.Cost.BaseValue);

    /// <summary>Plan (shipped or the organisation's), voltage, season and day, shared by both forms.</summary>
    private static async Task<(TariffPlan? Plan, Voltage? Voltage, Season? Season, DayType? Day)> CommonAsync(FieldErrors errors, string? planId, string? voltageText,
        string? seasonText, string? dayText, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        var plan = Required(errors, "plan", planId) is { } id ? await OrganisationTariffs.FindAsync(db, tenant, id, cancellationToken) : null;
        if (plan is null && planId is { Length: > 0 })
        {
            errors.Add("plan", $"不明的電價方案「{planId}」。", $"Unknown tariff plan '{planId}'.");
        }

        Voltage? voltage = null;
        if (!string.IsNullOrWhiteSpace(voltageText))
        {
            voltage = TariffKeys.ParseVoltage(voltageText);
            if (voltage is null)
            {
                errors.Add("voltage", "電壓須為 low、high 或 extra-high。", "Voltage must be low, high or extra-high.");
            }
        }

        var season = Parse(errors, "season", seasonText, TariffKeys.ParseSeason, "季節須為 summer 或 non-summer。", "Season must be summer or non-summer.");
        var day = Parse(errors, "day", dayText, TariffKeys.ParseDay, "日別須為 weekday、saturday 或 sunday。", "Day must be weekday, saturday or sunday.");
        return (plan, voltage, season, day);
    }

    internal static TariffPlanResponse ToResponse(TariffPlan p)
    {
        var summer = p.SummerDates ?? (p.Voltages.Count == 1 && p.Voltages[0] == Voltage.Low ? "06-01~09-30" : "05-16~10-15");
        return new TariffPlanResponse(p.Id, p.NameZh, p.Version, p.Voltages.Select(TariffKeys.Key).ToList(), summer, p.Source, p.Confidence,
            p.Rates.Select(r => new TariffRateResponse(TariffKeys.Key(r.Voltage), TariffKeys.Key(r.Season), r.DayType is { } d ? TariffKeys.Key(d) : null,
                TariffKeys.Key(r.Period), r.TimeWindows, r.Price.NtdPerKwh)).ToList());
    }

    private static string? Required(FieldErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "此欄位必填。", "This field is required.");
            return null;
        }

        return value.Trim();
    }

    private static T? Parse<T>(FieldErrors errors, string field, string? value, Func<string, T?> parse, string zh, string en)
        where T : struct
    {
        if (Required(errors, field, value) is not { } text)
        {
            return null;
        }

        var parsed = parse(text);
        if (parsed is null)
        {
            errors.Add(field, zh, en);
        }

        return parsed;
    }
}
