using Tanpan.Cli.Output;
using Tanpan.Core.Reduction;

namespace Tanpan.Cli.Measures;

/// <summary>The JSON form of a case search: the cases as shipped, blanks as null.</summary>
internal static class CaseJson
{
    public static void Write(TextWriter output, IReadOnlyList<ReductionCase> cases)
    {
        JsonOutput.Write(output, w =>
        {
            w.WriteNumber("count", cases.Count);
            w.WriteStartArray("cases");
            foreach (var c in cases)
            {
                w.WriteStartObject();
                w.WriteString("id", c.Id);
                w.WriteString("industry_zh", c.IndustryZh);
                w.WriteString("industry_en", c.IndustryEn);
                w.WriteString("measure", c.Measure);
                w.WriteString("title_zh", c.TitleZh);
                w.WriteString("title_en", c.TitleEn);
                MeasureJson.Nullable(w, "energy_saved", c.EnergySaved);
                w.WriteString("energy_unit", c.EnergyUnit);
                MeasureJson.Nullable(w, "tco2e", c.Co2eT);
                MeasureJson.Nullable(w, "investment_ntd", c.InvestmentNtd);
                MeasureJson.Nullable(w, "annual_savings_ntd", c.AnnualSavingsNtd);
                MeasureJson.Nullable(w, "payback_years", c.PaybackYears);
                w.WriteNumber("year", c.Year);
                MeasureJson.Nullable(w, "grid_year", c.GridYear);
                w.WriteString("source_file", c.SourceFile);
                w.WriteString("locator", c.Locator);
                w.WriteString("note", c.Note);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }
}
