using Tanpan.Core.Reduction;

namespace Tanpan.Cli.Measures;

/// <summary>The JSON form of <c>measure list</c>: each measure with its formula and parameters, then the parameters every measure takes.</summary>
internal sealed record MeasureListOutput(IReadOnlyList<MeasureListOutput.Measure> Measures, IReadOnlyList<MeasureListOutput.Parameter> CommonParameters)
{
    public static MeasureListOutput From(IEnumerable<IMeasure> measures, IEnumerable<MeasureParameter> common) =>
        new([.. measures.Select(m => new Measure(m.Kind, m.NameZh, m.NameEn, m.Formula, [.. m.Parameters.Select(Parameter.From)]))],
            [.. common.Select(Parameter.From)]);

    internal sealed record Measure(string Kind, string NameZh, string NameEn, string Formula, IReadOnlyList<Parameter> Parameters);

    internal sealed record Parameter(string Key, string Unit, bool Required, string DescriptionZh, string DescriptionEn)
    {
        public static Parameter From(MeasureParameter p) => new(p.Key, p.Unit, p.Required, p.DescriptionZh, p.DescriptionEn);
    }
}
