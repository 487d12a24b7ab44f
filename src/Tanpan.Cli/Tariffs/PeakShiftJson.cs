using System.Text.Json;
using Tanpan.Cli.Output;
using Tanpan.Core.Tariffs;

namespace Tanpan.Cli.Tariffs;

/// <summary>The JSON form of a peak-shift estimate: inputs, rates and exact NT$ amounts (not rounded).</summary>
internal static class PeakShiftJson
{
    public static void Write(TextWriter output, PeakShiftResult r)
    {
        JsonOutput.Write(output, w =>
        {
            Inputs(w, r.PlanId, r.PlanVersion, r.Voltage, r.Season, r.Day);
            w.WriteNumber("kwh", r.Kwh);
            w.WriteString("from", TariffKeys.Key(r.From));
            w.WriteNumber("from_ntd_per_kwh", r.FromNtdPerKwh);
            w.WriteStartArray("to");
            foreach (var leg in r.To)
            {
                w.WriteStartObject();
                w.WriteString("period", TariffKeys.Key(leg.Period));
                w.WriteNumber("share", leg.Share);
                w.WriteNumber("kwh", leg.Kwh);
                w.WriteNumber("ntd_per_kwh", leg.NtdPerKwh);
                w.WriteNumber("cost_ntd", leg.Cost.BaseValue);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Totals(w, r.CostBefore.BaseValue, r.CostAfter.BaseValue, r.Savings.BaseValue);
        });
    }

    /// <summary>The load-block form: inputs, each period's hours, kWh, rate and cost before and after, and the exact totals.</summary>
    public static void Write(TextWriter output, BlockShiftResult r)
    {
        JsonOutput.Write(output, w =>
        {
            Inputs(w, r.PlanId, r.PlanVersion, r.Voltage, r.Season, r.Day);
            w.WriteNumber("block_kw", r.Kw);
            w.WriteString("window", r.FromWindow);
            w.WriteString("to_window", r.ToWindow);
            w.WriteNumber("days", r.Days);
            w.WriteNumber("kwh", r.Kwh);
            foreach (var (name, legs) in new[] { ("before", r.Before), ("after", r.After) })
            {
                w.WriteStartArray(name);
                foreach (var leg in legs)
                {
                    w.WriteStartObject();
                    w.WriteString("period", TariffKeys.Key(leg.Period));
                    w.WriteNumber("hours", leg.Hours);
                    w.WriteNumber("kwh", leg.Kwh);
                    w.WriteNumber("ntd_per_kwh", leg.NtdPerKwh);
                    w.WriteNumber("cost_ntd", leg.Cost.BaseValue);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            Totals(w, r.CostBefore.BaseValue, r.CostAfter.BaseValue, r.Savings.BaseValue);
        });
    }

    /// <summary>The inputs both forms share: plan, its version, voltage, season and day type.</summary>
    private static void Inputs(Utf8JsonWriter w, string planId, string planVersion, Voltage voltage, Season season, DayType day)
    {
        w.WriteString("plan", planId);
        w.WriteString("plan_version", planVersion);
        w.WriteString("voltage", TariffKeys.Key(voltage));
        w.WriteString("season", TariffKeys.Key(season));
        w.WriteString("day", TariffKeys.Key(day));
    }

    /// <summary>The exact totals both forms end with (the names the CLI contract promises).</summary>
    private static void Totals(Utf8JsonWriter w, decimal before, decimal after, decimal savings)
    {
        w.WriteNumber("cost_before_ntd", before);
        w.WriteNumber("cost_after_ntd", after);
        w.WriteNumber("savings_ntd", savings);
    }
}
