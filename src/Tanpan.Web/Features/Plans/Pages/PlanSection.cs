using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Tanpan.Core.Reduction;

namespace Tanpan.Web.Features.Plans.Pages;

/// <summary>What the read-only parts of the plan page share: this feature's strings and the page's number formats.</summary>
public abstract class PlanSection : ComponentBase
{
    [Inject]
    protected IStringLocalizer<PlansResource> P { get; set; } = default!;

    protected static CultureInfo Culture => CultureInfo.CurrentCulture;

    protected static string Tonnes(decimal? value) => PlanNumbers.Tonnes(value);

    protected static string Ntd(decimal? value) => PlanNumbers.Ntd(value);

    protected string Irr(MeasureResult? result) => PlanNumbers.Irr(result, P);

    protected static string Kind(string kind) => PlanNumbers.Kind(kind);
}

/// <summary>How the plan and target pages write tonnes, NT$, an IRR and a measure's kind.</summary>
internal static class PlanNumbers
{
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Tonnes(decimal? value) => value?.ToString("N1", CultureInfo.CurrentCulture) ?? "—";

    public static string Ntd(decimal? value) => value?.ToString("N0", CultureInfo.CurrentCulture) ?? "—";

    /// <summary>The IRR, or why there is no single one when the cash flows are uneven (none, or several rates listed).</summary>
    public static string Irr(MeasureResult? result, IStringLocalizer<PlansResource> p) => result?.IrrAnalysis switch
    {
        { Status: IrrStatus.Several } a => p["IrrSeveral", string.Join(", ", a.Rates.Select(x => x.ToString("P1", CultureInfo.CurrentCulture)))],
        { Status: IrrStatus.None } a => p["IrrNone", a.SignChanges],
        _ => result?.Irr?.ToString("P1", CultureInfo.CurrentCulture) ?? "—",
    };

    /// <summary>A measure kind in the UI language (the key itself when the catalogue does not know it).</summary>
    public static string Kind(string kind) => MeasureCatalog.Find(kind) is { } m ? (English ? m.NameEn : m.NameZh) : kind;
}
