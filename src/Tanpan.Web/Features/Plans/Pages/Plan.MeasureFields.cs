using System.Globalization;
using Microsoft.AspNetCore.Components;
using Tanpan.Core.Reduction;
using Tanpan.Web.Components.Forms;
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
    internal static string? Default(MeasureParameter parameter) => MeasureParameterText.Default(parameter);

    /// <summary>What the field of <paramref name="parameter"/> shows: its label, unit, hint, choices, the value as typed and its message.</summary>
    private MeasureParameterInput InputOf(MeasureParameter parameter) => new(
        $"value-{parameter.Key}", ValuePrefix + parameter.Key, LabelOf(parameter), parameter.Required, UnitOf(parameter), HintOf(parameter),
        ChoicesOf(parameter), _typed.GetValueOrDefault(parameter.Key), Error($"parameters.{parameter.Key}"));

    private string LabelOf(MeasureParameter parameter) => MeasureParameterText.Label(parameter, Library);

    /// <summary>The parenthesis of the description (e.g. "預設 0", "有「年回收熱量」時必填"), flags replaced by labels.</summary>
    private string? HintOf(MeasureParameter parameter) => MeasureParameterText.RawHint(parameter) is { } hint ? Reword(hint) : null;

    private static string UnitOf(MeasureParameter parameter) => MeasureParameterText.Unit(parameter);

    private IReadOnlyList<(string Value, string Text)>? ChoicesOf(MeasureParameter parameter) => MeasureParameterText.Choices(parameter, Library);

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
        return MeasureParameterText.Reword(message, key => key == "lifetime" ? P["LifetimeYears"] : parameters.FirstOrDefault(p => p.Key == key) is { } p ? LabelOf(p) : key);
    }

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One calculator parameter's input on the add-measure form, as <see cref="MeasureParameterField"/> renders it.</summary>
public sealed record MeasureParameterInput(
    string Id, string Name, string Label, bool Required, string Unit, string? Hint,
    IReadOnlyList<(string Value, string Text)>? Choices, string? Value, string? Error);
