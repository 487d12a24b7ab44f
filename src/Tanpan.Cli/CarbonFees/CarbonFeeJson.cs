using System.Text.Json;
using Tanpan.Cli.Output;
using Tanpan.Core.CarbonFee;

namespace Tanpan.Cli.CarbonFees;

/// <summary>
/// The JSON form of a carbon-fee estimate: inputs, parameters used and amounts (t CO₂e, NT$). The credit fields are written only
/// when credits by kind were given, so the answer to an invocation without them is unchanged.
/// </summary>
internal static class CarbonFeeJson
{
    public static void Write(TextWriter output, CarbonFeeEstimate e) => JsonOutput.Write(output, w => Fields(w, e));

    /// <summary>A payer's plants (<c>--plants</c>): each plant's fields as above plus <c>plant</c>, and the sum <c>fee_ntd</c>.</summary>
    public static void Write(TextWriter output, PlantGroupFee group, int year) => JsonOutput.Write(output, w =>
    {
        w.WriteString("parameters_version", group.Plants[0].Estimate.ParametersVersion);
        w.WriteNumber("year", year);
        w.WriteStartArray("plants");
        foreach (var (plant, estimate) in group.Plants)
        {
            w.WriteStartObject();
            w.WriteString("plant", plant);
            Fields(w, estimate);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("fee_ntd", group.Fee.BaseValue);
    });

    private static void Fields(Utf8JsonWriter w, CarbonFeeEstimate e)
    {
        w.WriteString("parameters_version", e.ParametersVersion);
        w.WriteNumber("year", e.Year);
        w.WriteNumber("emissions_t", e.EmissionsT);
        w.WriteBoolean("high_leakage", e.HighLeakage);
        w.WriteBoolean("payer", e.Payer);
        w.WriteNumber("threshold_t", e.ThresholdT);
        w.WriteNumber("k_t", e.KT);
        w.WriteNumber("adjustment_factor", e.AdjustmentFactor);
        if (e.AdjustmentPeriod is { } period)
        {
            w.WriteNumber("adjustment_period", period);
        }

        w.WriteNumber("chargeable_t", e.ChargeableT);
        w.WriteNumber("offsets_requested_t", e.OffsetsRequestedT);
        w.WriteNumber("offset_cap_t", e.OffsetCapT);
        w.WriteNumber("offsets_applied_t", e.OffsetsAppliedT);
        w.WriteBoolean("offsets_capped", e.OffsetsCapped);
        if (e.Credits.Count > 0)
        {
            Credits(w, e);
        }

        w.WriteString("rate", CarbonFeeRates.Key(e.Rate));
        w.WriteNumber("rate_ntd_per_t", e.RateNtdPerT);
        w.WriteNumber("fee_ntd", e.Fee.BaseValue);
    }

    private static void Credits(Utf8JsonWriter w, CarbonFeeEstimate e)
    {
        w.WriteStartArray("credits");
        foreach (var c in e.Credits)
        {
            w.WriteStartObject();
            w.WriteString("kind", CarbonCreditKinds.Key(c.Kind));
            w.WriteNumber("held_t", c.HeldT);
            w.WriteNumber("multiplier", c.Multiplier);
            w.WriteNumber("counted_t", c.CountedT);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("domestic_applied_t", e.DomesticAppliedT);
        w.WriteNumber("foreign_requested_t", e.ForeignRequestedT);
        w.WriteNumber("foreign_cap_t", e.ForeignCapT);
        w.WriteNumber("foreign_applied_t", e.ForeignAppliedT);
        w.WriteNumber("net_chargeable_t", e.NetChargeableT);
    }
}
