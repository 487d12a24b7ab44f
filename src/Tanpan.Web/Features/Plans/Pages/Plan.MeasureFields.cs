using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Tanpan.Core.Reduction;
using Tanpan.Core.Tariffs;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Plans.Pages;

/// <summary>
/// The add-measure form: one labelled input per parameter of the chosen calculator (chosen by a GET round trip,
/// <c>?kind=</c>), its unit shown and its default (the "預設 x" of the parameter's description) pre-filled; the
/// calculator's messages are reworded for the page: a parameter is named by its label, never by its command-line flag.
/// </summary>
public partial class Plan
{
    /// <summary>Posted parameter inputs are named <c>Value.{key}</c> (the calculator's keys).</summary>
    internal const string ValuePrefix = "Value.";

    private static readonly Dictionary<string, (string Zh, string En)> Units = new(StringComparer.Ordinal)
    {
        ["lamps"] = ("盞", "fittings"), ["units"] = ("台", "units"), ["h/yr"] = ("小時/年", "h/yr"), ["0–1"] = ("比例，0–1", "share, 0–1"),
        ["1–12"] = ("個月，1–12", "months, 1–12"), ["kWh/month"] = ("kWh/月", "kWh/month"), ["unit/yr"] = ("單位/年", "unit/yr"),
        ["kWh_th/yr"] = ("kWh（熱）/年", "kWh heat/yr"), ["kWh_e/yr"] = ("kWh（電）/年", "kWh electricity/yr"), ["kWh/yr"] = ("kWh/年", "kWh/yr"),
        ["kWh/kWp/yr"] = ("kWh/kWp/年", "kWh/kWp/yr"), ["fraction/yr"] = ("比例/年", "fraction/yr"), ["year"] = ("第幾年", "year"),
        ["NT$/yr"] = ("NT$/年", "NT$/yr"), ["period=share,…"] = ("時段=比例,…", "period=share,…"), ["flow:share,…"] = ("流量:比例,…", "flow:share,…"),
        ["—"] = ("", ""), ["carrier"] = ("", ""), ["tariff plan id"] = ("", ""),
    };

    private static readonly Dictionary<string, (string Zh, string En)> Options = new(StringComparer.Ordinal)
    {
        ["low"] = ("低壓", "low voltage"), ["high"] = ("高壓", "high voltage"), ["extra-high"] = ("特高壓", "extra-high voltage"),
        ["summer"] = ("夏月", "summer"), ["non-summer"] = ("非夏月", "non-summer"),
        ["weekday"] = ("週一至週五", "weekday"), ["saturday"] = ("週六", "Saturday"), ["sunday"] = ("週日及離峰日", "Sunday and off-peak days"),
        ["peak"] = ("尖峰", "peak"), ["semi_peak"] = ("半尖峰", "semi-peak"), ["off_peak"] = ("離峰", "off-peak"),
    };

    /// <summary>The values as typed on a failed post, else the defaults; keyed by parameter.</summary>
    private Dictionary<string, string> _typed = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Problems of parameters that have no field on the form (e.g. the factor set of the base inventory).</summary>
    private readonly List<string> _otherProblems = [];

    /// <summary>The measure chosen with the GET form (<c>?kind=led</c>).</summary>
    [SupplyParameterFromQuery(Name = "kind")]
    public string? ChosenKind { get; set; }

    private IMeasure ChosenMeasure => MeasureCatalog.Find(Input?.Kind) ?? MeasureCatalog.Find(ChosenKind) ?? MeasureCatalog.Find("led")!;

    private static IEnumerable<MeasureParameter> AllParameters(IMeasure measure) =>
        measure.Parameters.Concat(MeasureCalculator.CommonParameters).Concat(MeasureCalculator.CashFlowParameters);

    /// <summary>The default in a description's "預設 x" (a number or a choice), if any.</summary>
    internal static string? Default(MeasureParameter parameter)
    {
        var match = Regex.Match(parameter.DescriptionZh, "預設 ?([0-9.]+|[a-z_-]+)(?=[，）)]|$)");
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>What the field of <paramref name="parameter"/> shows: its label, unit, hint, choices, the value as typed and its message.</summary>
    private MeasureParameterInput InputOf(MeasureParameter parameter) => new(
        $"value-{parameter.Key}", ValuePrefix + parameter.Key, LabelOf(parameter), parameter.Required, UnitOf(parameter), HintOf(parameter),
        ChoicesOf(parameter), _typed.GetValueOrDefault(parameter.Key), Error($"parameters.{parameter.Key}"));

    /// <summary>The parameter's name as a label: its description before the parenthesis.</summary>
    private string LabelOf(MeasureParameter parameter)
    {
        if (parameter.Key.StartsWith("price-", StringComparison.Ordinal))
        {
            var name = ChoiceText(parameter.Key["price-".Length..]);
            return English ? $"average {name} price" : $"{name}平均單價";
        }

        if (Carriers.Parse(parameter.Key) is not null && parameter.Unit.EndsWith("/yr", StringComparison.Ordinal))
        {
            // The custom measure's "{carrier} 年節省量": the carrier in words, not its key.
            var name = ChoiceText(parameter.Key);
            return English ? $"yearly {name} saved" : $"{name}年節省量";
        }

        var text = English ? parameter.DescriptionEn : parameter.DescriptionZh;
        var at = text.IndexOfAny(['（', '(']);
        return (at > 0 ? text[..at] : text).Trim();
    }

    /// <summary>The parenthesis of the description (e.g. "預設 0", "有「年回收熱量」時必填"), flags replaced by labels.</summary>
    private string? HintOf(MeasureParameter parameter)
    {
        var text = English ? parameter.DescriptionEn : parameter.DescriptionZh;
        var at = text.IndexOfAny(['（', '(']);
        if (at < 0 || text.Contains("tanpan", StringComparison.Ordinal))
        {
            return null;
        }

        return Reword(text[(at + 1)..].TrimEnd('）', ')'));
    }

    private static string UnitOf(MeasureParameter parameter) =>
        Units.TryGetValue(parameter.Unit, out var u) ? (English ? u.En : u.Zh) : parameter.Unit.Contains('|', StringComparison.Ordinal) ? ""
            : English ? parameter.Unit : parameter.Unit.Replace("/yr", "/年", StringComparison.Ordinal);

    /// <summary>The choices of a parameter that takes one of a list (fuels, tariff periods, tariff plans), value → words; null for a number.</summary>
    private IReadOnlyList<(string Value, string Text)>? ChoicesOf(MeasureParameter parameter)
    {
        if (parameter.Unit == "tariff plan id")
        {
            return TariffLibrary.Shipped.Plans.Select(p => (p.Id, p.NameZh)).ToList();
        }

        var values = parameter.Unit == "carrier"
            ? Carriers.All.Select(Carriers.Key).ToList()
            : parameter.Unit.Contains('|', StringComparison.Ordinal) ? parameter.Unit.Split('|').ToList() : null;
        return values?.Select(v => (v, ChoiceText(v))).ToList();
    }

    private string ChoiceText(string value)
    {
        if (Options.TryGetValue(value, out var o))
        {
            return English ? o.En : o.Zh;
        }

        var carrier = Carriers.Parse(value);
        if (carrier is Carrier.Biomass)
        {
            return English ? "biomass" : "生質燃料";
        }

        return carrier is { } c && Carriers.MaterialKey(c) is { } material && Library.Materials.FindByKey(material) is { } m ? (English ? m.NameEn : m.NameZh) : value;
    }

    /// <summary>Defaults for a fresh form (cash-flow inputs stay empty: given, they would make the flows uneven).</summary>
    private void FillDefaults()
    {
        _typed = new(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in ChosenMeasure.Parameters.Concat(MeasureCalculator.CommonParameters))
        {
            if (Default(parameter) is { } value)
            {
                _typed[parameter.Key] = value;
            }
        }
    }

    /// <summary>The posted parameter inputs, as typed (empty ones left out: the calculator's default applies).</summary>
    private Dictionary<string, string> PostedValues()
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!HttpContext.Request.HasFormContentType)
        {
            return values;
        }

        foreach (var parameter in AllParameters(ChosenMeasure))
        {
            var text = HttpContext.Request.Form[ValuePrefix + parameter.Key].ToString().Trim();
            if (text.Length > 0)
            {
                values[parameter.Key] = text;
            }
        }

        return values;
    }

    /// <summary>After a refused add: the calculator's messages moved to their fields and reworded; others listed above the form.</summary>
    private void RewordParameterErrors()
    {
        var keys = AllParameters(ChosenMeasure).Select(p => p.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (field, message) in Errors.ToList())
        {
            Errors[field] = Reword(message);
            if (field.StartsWith("parameters.", StringComparison.Ordinal) && !keys.Contains(field["parameters.".Length..]))
            {
                _otherProblems.Add(Errors[field]);
            }
        }
    }

    /// <summary>A calculator message in the page's words: "--count" becomes 「燈具數」, a range "[1, ∞)" becomes "至少為 1".</summary>
    private string Reword(string message)
    {
        var parameters = AllParameters(ChosenMeasure).ToList();
        string Name(string key) => key == "lifetime" ? P["LifetimeYears"] : parameters.FirstOrDefault(p => p.Key == key) is { } p ? LabelOf(p) : key;
        var text = Regex.Replace(message, "^缺少 --([a-z0-9-]+)", m => $"請填寫「{Name(m.Groups[1].Value)}」");
        text = Regex.Replace(text, "^--([a-z0-9-]+) is required", m => $"Enter the {Name(m.Groups[1].Value)}");
        text = Regex.Replace(text, "須在 ([\\[(])([^,]+), ([^\\])]+)([\\])]) 之間", m => Range(m, true));
        text = Regex.Replace(text, "must be in ([\\[(])([^,]+), ([^\\])]+)([\\])])", m => Range(m, false));
        text = English
            ? Regex.Replace(text, "--([a-z0-9-]+)", m => $"'{Name(m.Groups[1].Value)}'")
            : Regex.Replace(text, "--([a-z0-9-]+) ?", m => $"「{Name(m.Groups[1].Value)}」");
        return text;
    }

    private static string Range(Match m, bool zh)
    {
        var (open, low, high) = (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);
        var lower = open == "(" ? (zh ? $"大於 {low}" : $"greater than {low}") : (zh ? $"至少為 {low}" : $"at least {low}");
        return high == "∞" ? (zh ? $"須{lower}" : $"must be {lower}") : zh ? $"須{lower}且不超過 {high}" : $"must be {lower} and at most {high}";
    }

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One calculator parameter's input on the add-measure form, as <see cref="MeasureParameterField"/> renders it.</summary>
public sealed record MeasureParameterInput(
    string Id, string Name, string Label, bool Required, string Unit, string? Hint,
    IReadOnlyList<(string Value, string Text)>? Choices, string? Value, string? Error);
