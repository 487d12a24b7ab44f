namespace Tanpan.Core.Reduction;

/// <summary>A measure calculator: documented inputs and one formula from inputs to yearly savings (see docs/measures.md).</summary>
public interface IMeasure
{
    /// <summary>Stable key, e.g. <c>led</c>, used on the command line and in case data.</summary>
    string Kind { get; }

    string NameZh { get; }

    string NameEn { get; }

    /// <summary>The formula in one line, for listings.</summary>
    string Formula { get; }

    IReadOnlyList<MeasureParameter> Parameters { get; }

    /// <summary>The yearly savings, or null when <paramref name="inputs"/> gathered problems.</summary>
    MeasureSavings? Evaluate(MeasureInputs inputs, MeasureContext context);
}
