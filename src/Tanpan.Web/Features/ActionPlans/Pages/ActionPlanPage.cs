using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Tanpan.Core.ActionPlans;
using Tanpan.Web.Components;

namespace Tanpan.Web.Features.ActionPlans.Pages;

/// <summary>What the action-plan pages share: the member checks, the plan service, this feature's strings and its number formats.</summary>
public abstract class ActionPlanPage : MemberPage
{
    [Inject]
    protected ActionPlanService Service { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<ActionPlansResource> A { get; set; } = default!;

    /// <summary>False (after a redirect or a 404) unless a member who may see plans is signed in (owners, editors, viewers).</summary>
    protected bool EnsurePlanReader()
    {
        if (!EnsureMember())
        {
            return false;
        }

        if (!Service.CanRead)
        {
            NotFound();
            return false;
        }

        return true;
    }

    /// <summary>A year as the page shows it: 民國 in Chinese (110 年), Gregorian in English (2021).</summary>
    protected string YearLabel(int year) => English ? year.ToString(CultureInfo.InvariantCulture) : A["RocYear", (year - 1911).ToString(CultureInfo.InvariantCulture)];

    protected string KindName(MeasureKind kind) => A[$"Kind_{ActionPlanTerms.En(kind)}"];

    protected string StatusName(MeasureStatus status) => A[$"Status_{ActionPlanTerms.En(status)}"];

    /// <summary>A rate as the seed prints it: whole per cent; "—" for 0 ÷ 0.</summary>
    protected static string Percent(decimal? rate) => rate is { } r ? Percentages.Whole(r).ToString(CultureInfo.InvariantCulture) + "%" : "—";

    protected static string Whole(decimal value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    protected static string Amount(decimal? value) => value?.ToString("#,##0.####", CultureInfo.InvariantCulture) ?? "—";

    protected static string Million(Tanpan.Core.Units.Co2e value) =>
        Math.Round(ActionPlanUnits.InMillionTonnes(value), 1, MidpointRounding.AwayFromZero).ToString("#,##0.0", CultureInfo.InvariantCulture);

    /// <summary>The 總計 row's label in the page's language (Core names it in Chinese, the seed's word).</summary>
    protected string Label(string label) => label == ActionPlanCalculator.TotalKey ? A["Total"] : label;
}
