using System.Text.Json;
using Tanpan.Cli.Output;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;

namespace Tanpan.Cli.Inventories;

/// <summary>
/// The JSON form of an inventory: totals (exact decimals, t CO₂e) and every row with its trace
/// (input amount and unit, converted amount, factor id and set version, GWP set, kg per gas).
/// </summary>
internal static class JsonResultWriter
{
    public static void Write(TextWriter output, InventoryResult r, FactorSet set)
    {
        JsonOutput.Write(output, w =>
        {
            w.WriteString("factor_set", set.Id);
            w.WriteString("factor_set_version", set.Info.Version);
            w.WriteString("gwp", r.GwpSetId);
            w.WriteNumber("total_t_co2e", r.Total.Tonnes);
            w.WriteNumber("row_count", r.RowCount);
            Totals(w, "by_scope", r.ByScope);
            Totals(w, "by_category", r.ByCategory);
            w.WriteStartObject("by_gas_t_co2e");
            foreach (var (gas, value) in r.ByGas)
            {
                w.WriteNumber(gas.ToString(), value.Tonnes);
            }

            w.WriteEndObject();
            w.WriteStartArray("facilities");
            foreach (var (facility, value) in r.ByFacility)
            {
                w.WriteStartObject();
                w.WriteString("facility", facility);
                w.WriteNumber("total_t_co2e", value.Tonnes);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("top_sources");
            foreach (var s in r.TopSources)
            {
                w.WriteStartObject();
                w.WriteString("facility", s.Facility);
                w.WriteString("source", s.Source);
                w.WriteString("material", s.MaterialKey);
                w.WriteString("source_type", SourceTypes.Key(s.SourceType));
                w.WriteNumber("t_co2e", s.Total.Tonnes);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("rows");
            foreach (var row in r.Rows)
            {
                Row(w, row);
            }

            w.WriteEndArray();
        });
    }

    private static void Totals(Utf8JsonWriter w, string name, IReadOnlyDictionary<int, Co2e> totals)
    {
        w.WriteStartObject(name);
        foreach (var (key, value) in totals)
        {
            w.WriteNumber(key.ToString(System.Globalization.CultureInfo.InvariantCulture), value.Tonnes);
        }

        w.WriteEndObject();
    }

    private static void Row(Utf8JsonWriter w, RowResult r)
    {
        var row = r.Row;
        w.WriteStartObject();
        w.WriteNumber("line", row.Line);
        w.WriteString("facility", row.Facility);
        w.WriteString("source_type", SourceTypes.Key(row.SourceType));
        w.WriteString("material", row.Material.Key);
        w.WriteString("material_text", row.MaterialText);
        OptionalString(w, "source", row.Source ?? row.Equipment ?? row.Process);
        OptionalString(w, "data_source", row.DataSource);
        w.WriteNumber("year", row.Year);
        if (row.Month is { } month)
        {
            w.WriteNumber("month", month);
        }

        w.WriteNumber("category", r.Category);
        w.WriteNumber("scope", r.Scope);
        w.WriteNumber("t_co2e", r.Total.Tonnes);
        w.WriteStartObject("trace");
        w.WriteNumber("input_amount", row.Amount);
        w.WriteString("input_unit", row.UnitText);
        w.WriteString("unit", row.Unit.Key);
        w.WriteNumber("converted_amount", r.ConvertedAmount);
        w.WriteString("converted_unit", r.ConvertedUnit.Key);
        if (row.Period is { } period)
        {
            w.WriteString("bill_from", period.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("bill_to", period.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteNumber("bill_days", period.Days);
        }

        if (row.Part is { } part)
        {
            // A share of a year-crossing bill: an estimate allocated by days (BillSplit).
            w.WriteBoolean("estimate", true);
            w.WriteNumber("bill_amount", part.BillAmount);
            w.WriteNumber("part_days", part.Days);
        }
        if (r.Equipment is { } e)
        {
            w.WriteString("equipment_type", e.Key);
            w.WriteNumber("leak_rate_pct", e.LeakRatePercent);
        }

        w.WriteNumber("factor_basis", r.FactorBasis);
        w.WriteString("factor_id", r.Factor.Id);
        w.WriteString("factor_set", r.Factor.SetId);
        w.WriteString("factor_set_version", r.Factor.SetVersion);
        w.WriteString("factor_origin", OriginKey(r.Factor.Origin));
        w.WriteString("factor_source", r.Factor.Source);
        w.WriteBoolean("factor_is_co2e", r.Factor.IsCo2e);
        w.WriteString("gwp_set", r.GwpSetId);
        w.WriteStartArray("gases");
        foreach (var gas in r.Gases)
        {
            w.WriteStartObject();
            w.WriteString("gas", gas.Species);
            w.WriteNumber("kg_per_unit", gas.KgPerUnit);
            w.WriteNumber("kg", gas.Kilograms);
            if (gas.Gwp is { } gwp)
            {
                w.WriteNumber("gwp", gwp);
            }
            else
            {
                w.WriteNull("gwp");
            }

            w.WriteNumber("kg_co2e", gas.Co2e.Kilograms);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("kg_co2e", r.Total.Kilograms);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The spelling the factor file uses (docs/factor-precedence.md), so a trace can be matched to its input.</summary>
    private static string OriginKey(FactorOrigin origin) => origin switch
    {
        FactorOrigin.Shipped => "shipped",
        FactorOrigin.Supplier => "supplier",
        FactorOrigin.SelfMeasured => "self_measured",
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    private static void OptionalString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
