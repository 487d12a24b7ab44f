using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Core.Tariffs;
using Tanpan.Core.Tariffs.Billing;
using Tanpan.Core.Time;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Monitoring;

/// <summary>
/// What the bill page shows for one meter-month: the bill (<see cref="TouBill"/>), the metered figures it was computed from, and
/// the contract capacities and power factor used; or the reasons there is none (no high/extra-high voltage time-of-use plan,
/// bad form input). Nothing is stored: the page is a GET form.
/// </summary>
public sealed record MeterBillView(string MeterName, string? PlanId, int Year, int Month, TouBillResult? Bill, MeteredMonth? Metered,
    IReadOnlyList<Problem> Problems, string ContractText, string? PowerFactorText);

/// <summary>Builds <see cref="MeterBillView"/>s from the meter's day profiles (tenant-scoped by the query filter and the reader).</summary>
public sealed class MeterBillService(AppDbContext db, MeterProfileReader profiles, TimeProvider clock)
{
    public async Task<MeterBillView?> ForMeterAsync(Guid meterId, string? month, string? contractKw, string? powerFactor, CancellationToken ct)
    {
        var meter = await db.Meters.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meterId, ct);
        if (meter is null)
        {
            return null;
        }

        var today = TaipeiTime.Today(clock);
        var monthText = string.IsNullOrWhiteSpace(month) ? $"{today.Year:0000}-{today.Month:00}" : month.Trim();
        // The regular contract defaults to the meter's contract capacity; the other kinds are typed on the form.
        var contract = contractKw ?? (meter.ContractCapacityKw is { } kw ? FormattableString.Invariant($"regular={kw}") : string.Empty);
        var (year, mon, parsed, problems) = BillInputText.Parse(monthText, null, contract, null, powerFactor);
        var plan = meter.TariffPlanId is null ? null : BillPlan.Find(meter.TariffPlanId);
        var schedulePlan = plan is null ? null : TariffLibrary.Shipped.Find(plan.Id);
        if (plan is null || schedulePlan is null)
        {
            problems.Add(new Problem("plan", "此電表的電價方案不是高壓或特高壓時間電價（尖峰時間固定），無法試算電費單",
                "this meter's tariff plan is not a high or extra-high voltage time-of-use plan with fixed peak hours, so there is no bill"));
        }

        if (problems.Count > 0 || parsed is null || plan is null || schedulePlan is null)
        {
            return new MeterBillView(meter.Name, meter.TariffPlanId, year, mon, null, null, problems, contract, powerFactor);
        }

        var schedule = TouSchedule.Build(schedulePlan).Schedule!;
        var first = TouSchedule.LocalDayOf(new DateOnly(year, mon, 1));
        var profile = (await profiles.LoadAsync([meter.Id], first, first + DateTime.DaysInMonth(year, mon), ct))[meter.Id];
        var metered = MeteredMonth.Measure(schedule, TaipowerOffPeakDays.For(schedulePlan), year, mon, profile.LocalDays, profile.Slots, profile.Readings,
            meter.IntervalMinutes);
        var input = parsed with { SeasonEnergy = metered.Energy, MaxDemandKw = metered.MaxDemandKw };
        var outcome = TouBill.Compute(plan, year, mon, input);
        return new MeterBillView(meter.Name, plan.Id, year, mon, outcome.Bill, metered, outcome.Problems, contract, powerFactor);
    }
}
