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
            JsonOutput.Write(o, w =>
            {
                w.WriteStartArray("measures");
                foreach (var m in MeasureCatalog.All)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", m.Kind);
                    w.WriteString("name_zh", m.NameZh);
                    w.WriteString("name_en", m.NameEn);
                    w.WriteString("formula", m.Formula);
                    Parameters(w, "parameters", m.Parameters);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                Parameters(w, "common_parameters", MeasureCalculator.CommonParameters);
            });
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

    private static void Parameters(System.Text.Json.Utf8JsonWriter w, string name, IReadOnlyList<MeasureParameter> parameters)
    {
        w.WriteStartArray(name);
        foreach (var p in parameters)
        {
            w.WriteStartObject();
            w.WriteString("key", p.Key);
            w.WriteString("unit", p.Unit);
            w.WriteBoolean("required", p.Required);
            w.WriteString("description_zh", p.DescriptionZh);
            w.WriteString("description_en", p.DescriptionEn);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
