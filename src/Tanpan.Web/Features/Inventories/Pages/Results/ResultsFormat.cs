using System.Globalization;

namespace Tanpan.Web.Features.Inventories.Pages.Results;

/// <summary>How the results pages show numbers: tonnes CO₂e with 3 decimals, in the page's culture (rounded only here).</summary>
public static class ResultsFormat
{
    public static string Tonnes(decimal kilograms) => (kilograms / 1000m).ToString("N3", CultureInfo.CurrentCulture);

    public static string Kilograms(decimal kilograms) => kilograms.ToString("N3", CultureInfo.CurrentCulture);

    /// <summary>A share of a whole, e.g. "12.3 %"; empty when the whole is zero.</summary>
    public static string Percent(decimal part, decimal whole) =>
        whole == 0m ? "" : (part / whole).ToString("P1", CultureInfo.CurrentCulture);

    /// <summary>The change from <paramref name="before"/> to <paramref name="now"/>, signed, e.g. "+4.2 %".</summary>
    public static string Change(decimal now, decimal before) =>
        before == 0m ? "—" : ((now - before) / before).ToString("+0.0 %;-0.0 %;0.0 %", CultureInfo.CurrentCulture);

    /// <summary>An amount as typed or converted: every significant digit, grouped.</summary>
    public static string Amount(decimal value) => value.ToString("#,0.##########", CultureInfo.CurrentCulture);

    public static string Number(decimal value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);

    /// <summary>The part of a "中文。 English." API message in the page's language.</summary>
    public static string Message(string bilingual)
    {
        ArgumentNullException.ThrowIfNull(bilingual);
        var split = bilingual.IndexOf("。 ", StringComparison.Ordinal);
        if (split < 0)
        {
            return bilingual;
        }

        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? bilingual[(split + 2)..] : bilingual[..(split + 1)];
    }
}
