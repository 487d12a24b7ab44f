using System.Globalization;

namespace Tanpan.Web.Features.Planning.Pages;

/// <summary>How the planning pages show numbers: in the UI culture, rounded for display only.</summary>
internal static class PlanningFormat
{
    public static string Tonnes(decimal? t) => t is { } v ? v.ToString("N2", CultureInfo.CurrentCulture) : "—";

    public static string Ntd(decimal? ntd) => ntd is { } v ? "NT$" + v.ToString("N0", CultureInfo.CurrentCulture) : "—";

    public static string Number(decimal? value, string format = "#,0.##") => value is { } v ? v.ToString(format, CultureInfo.CurrentCulture) : "—";

    public static string Percent(decimal? fraction) => fraction is { } v ? v.ToString("P1", CultureInfo.CurrentCulture) : "—";

    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Pick(string zh, string en) => English ? en : zh;
}
