using System.Globalization;
using System.Text.RegularExpressions;
using Tanpan.Core.Factors;
using Tanpan.Core.Reduction;
using Tanpan.Core.Tariffs;

namespace Tanpan.Web.Components.Forms;

/// <summary>
/// A measure calculator's parameter as a person reads it, in the page's language: its label, unit, hint and choices
/// in words, and the calculator's messages reworded to name the field (never a command-line flag or a key such as
/// <c>semi_peak</c>). Used by the plan's add-measure form and the calculator page alike, so both say the same.
/// </summary>
public static partial class MeasureParameterText
{
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    private static readonly Dictionary<string, (string Zh, string En)> Units = new(StringComparer.Ordinal)
    {
        ["lamps"] = ("盞", "fittings"), ["units"] = ("台", "units"), ["h/yr"] = ("小時/年", "h/yr"), ["0–1"] = ("比例，0–1", "share, 0–1"),
        ["1–12"] = ("個月，1–12", "months, 1–12"), ["kWh/month"] = ("kWh/月", "kWh/month"), ["unit/yr"] = ("單位/年", "unit/yr"),
        ["kWh_th/yr"] = ("kWh（熱）/年", "kWh heat/yr"), ["kWh_e/yr"] = ("kWh（電）/年", "kWh electricity/yr"), ["kWh/yr"] = ("kWh/年", "kWh/yr"),
        ["kWh/kWp/yr"] = ("kWh/kWp/年", "kWh/kWp/yr"), ["fraction/yr"] = ("比例/年", "fraction/yr"), ["year"] = ("第幾年", "year"),
        ["NT$/yr"] = ("NT$/年", "NT$/yr"), ["period=share,…"] = ("時段=比例,…", "period=share,…"), ["flow:share,…"] = ("流量:比例,…", "flow:share,…"),
        ["—"] = ("", ""), ["carrier"] = ("", ""), ["tariff plan id"] = ("", ""), ["years"] = ("年", "years"),
    };

    private static readonly Dictionary<string, (string Zh, string En)> Options = new(StringComparer.Ordinal)
    {
        ["low"] = ("低壓", "low voltage"), ["high"] = ("高壓", "high voltage"), ["extra-high"] = ("特高壓", "extra-high voltage"),
        ["summer"] = ("夏月", "summer"), ["non-summer"] = ("非夏月", "non-summer"),
        ["weekday"] = ("週一至週五", "weekday"), ["saturday"] = ("週六", "Saturday"), ["sunday"] = ("週日及離峰日", "Sunday and off-peak days"),
        ["peak"] = ("尖峰", "peak"), ["semi_peak"] = ("半尖峰", "semi-peak"), ["off_peak"] = ("離峰", "off-peak"),
    };

    /// <summary>The parameter's name as a label: its description before the parenthesis (prices and custom savings named by their energy).</summary>
    public static string Label(MeasureParameter parameter, FactorLibrary library)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        if (parameter.Key.StartsWith("price-", StringComparison.Ordinal))
        {
            var name = ChoiceText(parameter.Key["price-".Length..], library);
            return English ? $"average {name} price" : $"{name}平均單價";
        }

        if (Carriers.Parse(parameter.Key) is not null && parameter.Unit.EndsWith("/yr", StringComparison.Ordinal))
        {
            // The custom measure's "{carrier} 年節省量": the carrier in words, not its key.
            var name = ChoiceText(parameter.Key, library);
            return English ? $"yearly {name} saved" : $"{name}年節省量";
        }

        var text = English ? parameter.DescriptionEn : parameter.DescriptionZh;
        var at = text.IndexOfAny(['（', '(']);
        return (at > 0 ? text[..at] : text).Trim();
    }

    /// <summary>The parenthesis of the description (e.g. "預設 0"), flags not yet reworded; null when none or a command-line reference.</summary>
    public static string? RawHint(MeasureParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var text = English ? parameter.DescriptionEn : parameter.DescriptionZh;
        var at = text.IndexOfAny(['（', '(']);
        return at < 0 || text.Contains("tanpan", StringComparison.Ordinal) ? null : text[(at + 1)..].TrimEnd('）', ')');
    }

    /// <summary>The unit in words ("比例，0–1"); empty for a choice.</summary>
    public static string Unit(MeasureParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return Units.TryGetValue(parameter.Unit, out var u) ? (English ? u.En : u.Zh) : parameter.Unit.Contains('|', StringComparison.Ordinal) ? ""
            : English ? parameter.Unit : parameter.Unit.Replace("/yr", "/年", StringComparison.Ordinal);
    }

    /// <summary>The choices of a parameter that takes one of a list (fuels, tariff periods, tariff plans), value → words; null for a number.</summary>
    public static IReadOnlyList<(string Value, string Text)>? Choices(MeasureParameter parameter, FactorLibrary library)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        if (parameter.Unit == "tariff plan id")
        {
            return [.. TariffLibrary.Shipped.Plans.Select(p => (p.Id, p.NameZh))];
        }

        var values = parameter.Unit == "carrier"
            ? Carriers.All.Select(Carriers.Key).ToList()
            : parameter.Unit.Contains('|', StringComparison.Ordinal) ? parameter.Unit.Split('|').ToList() : null;
        return values?.Select(v => (v, ChoiceText(v, library))).ToList();
    }

    /// <summary>A choice in words: a tariff voltage, season, day or period, or an energy carrier by its material's name.</summary>
    public static string ChoiceText(string value, FactorLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        if (Options.TryGetValue(value, out var o))
        {
            return English ? o.En : o.Zh;
        }

        var carrier = Carriers.Parse(value);
        if (carrier is Carrier.Biomass)
        {
            return English ? "biomass" : "生質燃料";
        }

        return carrier is { } c && Carriers.MaterialKey(c) is { } material && library.Materials.FindByKey(material) is { } m ? (English ? m.NameEn : m.NameZh) : value;
    }

    /// <summary>The default in a description's "預設 x" (a number or a choice), if any.</summary>
    public static string? Default(MeasureParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var match = DefaultPattern().Match(parameter.DescriptionZh);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>A calculator message in the page's words: "--count" becomes 「燈具數」, a range "[1, ∞)" becomes "至少為 1".</summary>
    public static string Reword(string message, Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = Regex.Replace(message, "^缺少 --([a-z0-9-]+)", m => $"請填寫「{name(m.Groups[1].Value)}」");
        text = Regex.Replace(text, "^--([a-z0-9-]+) is required", m => $"Enter the {name(m.Groups[1].Value)}");
        text = Regex.Replace(text, "須在 ([\\[(])([^,]+), ([^\\])]+)([\\])]) 之間", m => Range(m, true));
        text = Regex.Replace(text, "must be in ([\\[(])([^,]+), ([^\\])]+)([\\])])", m => Range(m, false));
        return English
            ? Regex.Replace(text, "--([a-z0-9-]+)", m => $"'{name(m.Groups[1].Value)}'")
            : Regex.Replace(text, "--([a-z0-9-]+) ?", m => $"「{name(m.Groups[1].Value)}」");
    }

    /// <summary>
    /// A message of the measures API (Core's, with the flag's dashes removed: "price-electricity 須在 (0, ∞) 之間") for
    /// the field of <paramref name="key"/>, named by <paramref name="label"/> instead: 「平均電價」須大於 0.
    /// </summary>
    public static string RewordField(string message, string key, string label)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(key);
        var text = message.StartsWith($"缺少 {key}", StringComparison.Ordinal) ? $"請填寫「{label}」{message[(3 + key.Length)..]}"
            : message.StartsWith($"{key} is required", StringComparison.Ordinal) ? $"Enter the {label}{message[(key.Length + 12)..]}"
            : message.StartsWith($"{key} ", StringComparison.Ordinal) || message.StartsWith($"{key}:", StringComparison.Ordinal)
                ? (English ? $"{Capital(label)}{message[key.Length..]}" : $"「{label}」{message[key.Length..].TrimStart()}")
            : message;
        return Reword(text, k => k);
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Range(Match m, bool zh)
    {
        var (open, low, high) = (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);
        var lower = open == "(" ? (zh ? $"大於 {low}" : $"greater than {low}") : (zh ? $"至少為 {low}" : $"at least {low}");
        return high == "∞" ? (zh ? $"須{lower}" : $"must be {lower}") : zh ? $"須{lower}且不超過 {high}" : $"must be {lower} and at most {high}";
    }

    [GeneratedRegex("預設 ?([0-9.]+|[a-z_-]+)(?=[，）)]|$)")]
    private static partial Regex DefaultPattern();
}
