using System.Text.Json;
using Tanpan.Cli.Output;
using Tanpan.Core.CarbonFee;

namespace Tanpan.Cli.CarbonFees;

/// <summary>The JSON form of a carbon-fee estimate: inputs, parameters used and exact amounts (t CO₂e, NT$).</summary>
internal static class CarbonFeeJson
{
    public static void Write(TextWriter output, CarbonFeeEstimate e)
    {
        JsonOutput.Write(output, w =>
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
            w.WriteString("rate", FeeCommands.RateKey(e.Rate));
            w.WriteNumber("rate_ntd_per_t", e.RateNtdPerT);
            w.WriteNumber("fee_ntd", e.Fee.BaseValue);
        });
    }
}
