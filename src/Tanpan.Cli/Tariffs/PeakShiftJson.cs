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
            w.WriteString("plan", r.PlanId);
            w.WriteString("plan_version", r.PlanVersion);
            w.WriteString("voltage", TariffKeys.Key(r.Voltage));
            w.WriteString("season", TariffKeys.Key(r.Season));
            w.WriteString("day", TariffKeys.Key(r.Day));
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
            w.WriteNumber("cost_before_ntd", r.CostBefore.BaseValue);
            w.WriteNumber("cost_after_ntd", r.CostAfter.BaseValue);
            w.WriteNumber("savings_ntd", r.Savings.BaseValue);
        });
    }

    /// <summary>The load-block form: inputs, each period's hours, kWh, rate and cost before and after, and the exact totals.</summary>
    public static void Write(TextWriter output, BlockShiftResult r)
    {
        JsonOutput.Write(output, w =>
        {
            w.WriteString("plan", r.PlanId);
            w.WriteString("plan_version", r.PlanVersion);
            w.WriteString("voltage", TariffKeys.Key(r.Voltage));
            w.WriteString("season", TariffKeys.Key(r.Season));
            w.WriteString("day", TariffKeys.Key(r.Day));
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

            w.WriteNumber("cost_before_ntd", r.CostBefore.BaseValue);
            w.WriteNumber("cost_after_ntd", r.CostAfter.BaseValue);
            w.WriteNumber("savings_ntd", r.Savings.BaseValue);
        });
    }
}
