using Tanpan.Cli.Output;
using Tanpan.Core.Reduction;

namespace Tanpan.Cli.Measures;

/// <summary>The JSON form of a measure evaluation: options, savings per carrier with factors, exact amounts (t CO₂e, NT$).</summary>
internal static class MeasureJson
{
    public static void Write(TextWriter output, MeasureResult r)
    {
        JsonOutput.Write(output, w =>
        {
            w.WriteString("kind", r.Kind);
            w.WriteString("factor_set", r.Options.FactorSetId);
            w.WriteString("gwp", r.Options.GwpId);
            w.WriteNumber("grid_year", r.GridYear);
            w.WriteNumber("discount_rate", r.Options.DiscountRate);
            w.WriteNumber("lifetime_years", r.Options.LifetimeYears);
            w.WriteStartArray("savings");
            foreach (var s in r.Savings)
            {
                w.WriteStartObject();
                w.WriteString("carrier", Carriers.Key(s.Carrier));
                w.WriteString("unit", Carriers.Unit(s.Carrier));
                w.WriteNumber("quantity", s.Quantity);
                w.WriteNumber("tco2e", s.Co2eT);
                w.WriteString("factor_id", s.FactorId);
                w.WriteNumber("kgco2e_per_unit", s.KgCo2ePerUnit);
                Nullable(w, "price_ntd_per_unit", s.PriceNtdPerUnit);
                Nullable(w, "cost_ntd", s.CostNtd);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("tco2e", r.Co2eT);
            w.WriteNumber("other_cost_savings_ntd", r.OtherCostSavingsNtd);
            Nullable(w, "cost_saved_ntd", r.CostSavedNtd);
            w.WriteStartArray("missing_prices");
            foreach (var c in r.MissingPrices)
            {
                w.WriteStringValue(Carriers.Key(c));
            }

            w.WriteEndArray();
            w.WriteNumber("investment_ntd", r.InvestmentNtd);
            w.WriteNumber("subsidy_ntd", r.SubsidyNtd);
            w.WriteNumber("net_investment_ntd", r.NetInvestmentNtd);
            Nullable(w, "payback_years", r.PaybackYears);
            Nullable(w, "npv_ntd", r.NpvNtd);
            Nullable(w, "irr", r.Irr);
            if (r.CashFlows is { } assumptions)
            {
                CashFlows(w, r, assumptions);
            }

            w.WriteString("note", r.Note);
        });
    }

    /// <summary>Written only when cash-flow parameters were given, so level evaluations print what they always did.</summary>
    private static void CashFlows(System.Text.Json.Utf8JsonWriter w, MeasureResult r, CashFlowAssumptions c)
    {
        w.WriteNumber("running_cost_ntd", c.RunningCostNtd);
        w.WriteNumber("degradation", c.DegradationPerYear);
        w.WriteNumber("escalation", c.EscalationPerYear);
        if (c.ReplacementYear is { } year)
        {
            w.WriteNumber("replacement_year", year);
            w.WriteNumber("replacement_cost_ntd", c.ReplacementCostNtd);
        }

        w.WriteNumber("residual_value_ntd", c.ResidualValueNtd);
        w.WriteNumber("reinvest_rate", c.ReinvestRate ?? r.Options.DiscountRate);
        if (r.Flows is { } flows)
        {
            w.WriteStartArray("flows_ntd");
            foreach (var f in flows)
            {
                w.WriteNumberValue(f);
            }

            w.WriteEndArray();
        }

        if (r.IrrAnalysis is { } a)
        {
            w.WriteString("irr_status", a.Status.ToString().ToLowerInvariant());
            w.WriteStartArray("irr_rates");
            foreach (var rate in a.Rates)
            {
                w.WriteNumberValue(rate);
            }

            w.WriteEndArray();
            w.WriteNumber("irr_sign_changes", a.SignChanges);
        }

        Nullable(w, "discounted_payback_years", r.DiscountedPaybackYears);
        Nullable(w, "mirr", r.Mirr);
    }

    internal static void Nullable(System.Text.Json.Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
