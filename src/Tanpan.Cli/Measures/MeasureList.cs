using Tanpan.Cli.Output;
using Tanpan.Core.Reduction;

namespace Tanpan.Cli.Measures;

/// <summary>The measures with their formulas and parameters, as text or JSON.</summary>
internal static class MeasureList
{
    public static void Write(TextWriter o, bool json)
    {
        if (json)
        {
            JsonOutput.Write(o, MeasureListOutput.From(MeasureCatalog.All, MeasureCalculator.CommonParameters));
            return;
        }

        foreach (var m in MeasureCatalog.All)
        {
            o.WriteLine($"{m.Kind}  {m.NameZh} / {m.NameEn}");
            o.WriteLine($"    {m.Formula}");
            foreach (var p in m.Parameters)
            {
                o.WriteLine($"    --{p.Key} ({p.Unit}){(p.Required ? "" : " optional")}  {p.DescriptionZh} / {p.DescriptionEn}");
            }
        }

        o.WriteLine("every measure 所有措施:");
        foreach (var p in MeasureCalculator.CommonParameters)
        {
            o.WriteLine($"    --{p.Key} ({p.Unit}) optional  {p.DescriptionZh} / {p.DescriptionEn}");
        }
    }
}
