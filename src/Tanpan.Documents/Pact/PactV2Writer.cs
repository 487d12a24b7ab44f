using System.Text.Json.Nodes;
using static Tanpan.Documents.Pact.PactJson;

namespace Tanpan.Documents.Pact;

/// <summary>
/// Writes a <see cref="PactFootprint"/> in the PACT v2 shape, as v2.3 (data/pact/source/openapi_v2_3.yaml) with the
/// fields v2.0 already required, so 2.0–2.3 receivers can read it. v2 percentages and DQRs are JSON numbers.
/// </summary>
internal static class PactV2Writer
{
    public const string SpecVersion = "2.3.0";

    public static JsonObject Write(PactFootprint f)
    {
        PactWriterChecks.Check(f);
        var cpc = f.ProductCategoryCpc ?? f.ProductClassifications.Select(PactUrns.CpcOf).FirstOrDefault(c => c is not null)
            ?? throw new PactFormatException("productCategoryCpc", "PACT v2 需要產品的 UN CPC 分類碼", "PACT v2 needs the product's UN CPC code");
        var root = new JsonObject
        {
            ["id"] = f.Id.ToString("D"),
            ["specVersion"] = SpecVersion,
        };
        if (f.PrecedingPfIds.Count > 0)
        {
            root["precedingPfIds"] = Strings(f.PrecedingPfIds.Select(p => p.ToString("D")));
        }

        // v2's version counter; Tanpan never edits a published footprint, a change is a new id (as v3 does).
        root["version"] = 1;
        root["created"] = Instant(f.Created);
        root["status"] = f.Status.ToString();
        if (f.ValidityPeriodStart is { } start)
        {
            root["validityPeriodStart"] = Instant(start);
        }

        if (f.ValidityPeriodEnd is { } end)
        {
            root["validityPeriodEnd"] = Instant(end);
        }

        root["companyName"] = f.CompanyName;
        root["companyIds"] = Strings(f.CompanyIds);
        root["productDescription"] = f.ProductDescription;
        root["productIds"] = Strings(f.ProductIds);
        if (f.ProductClassifications.Count > 0)
        {
            root["productClassifications"] = Strings(f.ProductClassifications);
        }

        root["productCategoryCpc"] = cpc;
        root["productNameCompany"] = f.ProductName;
        root["comment"] = f.Comment;
        root["pcf"] = Pcf(f);
        return root;
    }

    private static JsonObject Pcf(PactFootprint f)
    {
        if (!f.DeclaredUnit.InV2())
        {
            throw new PactFormatException("pcf.declaredUnit", $"PACT v2 沒有宣告單位「{f.DeclaredUnit.ToWire()}」，請改用 v3", $"PACT v2 has no declared unit '{f.DeclaredUnit.ToWire()}'; use v3");
        }

        var usedNames = PactStandards.ToV2Names(f.CrossSectoralStandards);
        if (usedNames.Count == 0)
        {
            throw new PactFormatException("pcf.crossSectoralStandardsUsed", "PACT v2 需要 ISO 14067、ISO 14044 或 GHG Protocol 產品標準其中之一", "PACT v2 needs ISO 14067, ISO 14044 or the GHG Protocol Product standard");
        }

        var factor = f.CharacterizationFactors.Contains("AR6") ? "AR6" : f.CharacterizationFactors.Contains("AR5") ? "AR5"
            : throw new PactFormatException("pcf.characterizationFactors", "PACT v2 只接受 AR5 或 AR6", "PACT v2 accepts only AR5 or AR6");
        var pcf = new JsonObject
        {
            ["declaredUnit"] = f.DeclaredUnit.ToWire(),
            ["unitaryProductAmount"] = DecimalString(f.DeclaredUnitAmount),
            ["pCfExcludingBiogenic"] = DecimalString(f.PcfExcludingBiogenicUptake),
            ["pCfIncludingBiogenic"] = DecimalString(f.PcfIncludingBiogenicUptake),
            ["fossilGhgEmissions"] = DecimalString(f.FossilGhgEmissions),
            ["fossilCarbonContent"] = DecimalString(f.FossilCarbonContent),
            ["biogenicCarbonContent"] = DecimalString(f.BiogenicCarbonContent ?? 0m),
        };
        if (f.ProductMassPerDeclaredUnit is { } mass)
        {
            pcf["productMassPerDeclaredUnit"] = DecimalString(mass);
        }

        if (f.BiogenicCO2Uptake is { } uptake)
        {
            pcf["biogenicCarbonWithdrawal"] = DecimalString(uptake);
        }

        pcf["packagingEmissionsIncluded"] = f.PackagingEmissionsIncluded;
        pcf["characterizationFactors"] = factor;
        pcf["ipccCharacterizationFactorsSources"] = Strings(f.CharacterizationFactors);
        pcf["crossSectoralStandardsUsed"] = Strings(usedNames);
        if (PactStandards.ToV2Tokens(f.CrossSectoralStandards) is { Count: > 0 } tokens)
        {
            pcf["crossSectoralStandards"] = Strings(tokens);
        }

        pcf["boundaryProcessesDescription"] = f.BoundaryProcessesDescription;
        pcf["referencePeriodStart"] = Instant(f.ReferencePeriodStart);
        pcf["referencePeriodEnd"] = Instant(f.ReferencePeriodEnd);
        Geography(pcf, f.Geography);
        if (f.SecondaryEmissionFactorSources.Count > 0)
        {
            pcf["secondaryEmissionFactorSources"] = Sources(f.SecondaryEmissionFactorSources);
        }

        pcf["exemptedEmissionsPercent"] = Number(f.ExemptedEmissionsPercent);
        pcf["exemptedEmissionsDescription"] = f.ExemptedEmissionsDescription;
        if (f.AllocationRulesDescription is { Length: > 0 } allocation)
        {
            pcf["allocationRulesDescription"] = allocation;
        }

        if (f.PrimaryDataShare is { } share)
        {
            pcf["primaryDataShare"] = Number(share);
        }

        if (f.Dqi is { Completeness: { } completeness, Reliability: { } reliability, CoveragePercent: { } coverage } dqi)
        {
            pcf["dqi"] = new JsonObject
            {
                ["coveragePercent"] = Number(coverage),
                ["technologicalDQR"] = Number(dqi.Technological),
                ["temporalDQR"] = Number(dqi.Temporal),
                ["geographicalDQR"] = Number(dqi.Geographical),
                ["completenessDQR"] = Number(completeness),
                ["reliabilityDQR"] = Number(reliability),
            };
        }

        return pcf;
    }
}
