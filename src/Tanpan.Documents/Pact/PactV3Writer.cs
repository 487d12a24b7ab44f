using System.Text.Json.Nodes;
using static Tanpan.Documents.Pact.PactJson;

namespace Tanpan.Documents.Pact;

/// <summary>Writes a <see cref="PactFootprint"/> in the PACT v3.0 shape (data/pact/source/openapi_v3_0.yaml, ProductFootprint).</summary>
internal static class PactV3Writer
{
    public const string SpecVersion = "3.0.0";

    public static JsonObject Write(PactFootprint f)
    {
        PactWriterChecks.Check(f);
        var root = new JsonObject
        {
            ["id"] = f.Id.ToString("D"),
            ["specVersion"] = SpecVersion,
        };
        if (f.PrecedingPfIds.Count > 0)
        {
            root["precedingPfIds"] = Strings(f.PrecedingPfIds.Select(p => p.ToString("D")));
        }

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
        var classifications = Classifications(f);
        if (classifications.Count > 0)
        {
            root["productClassifications"] = Strings(classifications);
        }

        root["productNameCompany"] = f.ProductName;
        if (f.Comment.Length > 0)
        {
            root["comment"] = f.Comment;
        }

        root["pcf"] = Pcf(f);
        return root;
    }

    /// <summary>The classifications, plus the CPC code as a URN when none of them carries it (v3 has no productCategoryCpc).</summary>
    private static List<string> Classifications(PactFootprint f)
    {
        var list = f.ProductClassifications.ToList();
        if (f.ProductCategoryCpc is { Length: > 0 } cpc && !list.Any(c => PactUrns.CpcOf(c) == cpc))
        {
            list.Add(PactUrns.UnCpc(cpc));
        }

        return list;
    }

    private static JsonObject Pcf(PactFootprint f)
    {
        var pcf = new JsonObject
        {
            ["declaredUnitOfMeasurement"] = f.DeclaredUnit.ToWire(),
            ["declaredUnitAmount"] = DecimalString(f.DeclaredUnitAmount),
            ["productMassPerDeclaredUnit"] = DecimalString(f.ProductMassPerDeclaredUnit
                ?? throw new PactFormatException("pcf.productMassPerDeclaredUnit", "PACT v3 需要每宣告單位的產品質量", "PACT v3 needs the product mass per declared unit")),
            ["referencePeriodStart"] = Instant(f.ReferencePeriodStart),
            ["referencePeriodEnd"] = Instant(f.ReferencePeriodEnd),
        };
        Geography(pcf, f.Geography);
        if (f.BoundaryProcessesDescription.Length > 0)
        {
            pcf["boundaryProcessesDescription"] = f.BoundaryProcessesDescription;
        }

        pcf["pcfExcludingBiogenicUptake"] = DecimalString(f.PcfExcludingBiogenicUptake);
        pcf["pcfIncludingBiogenicUptake"] = DecimalString(f.PcfIncludingBiogenicUptake);
        pcf["fossilCarbonContent"] = DecimalString(f.FossilCarbonContent);
        if (f.BiogenicCarbonContent is { } biogenicContent)
        {
            pcf["biogenicCarbonContent"] = DecimalString(biogenicContent);
        }

        pcf["fossilGhgEmissions"] = DecimalString(f.FossilGhgEmissions);
        if (f.BiogenicCO2Uptake is { } uptake)
        {
            pcf["biogenicCO2Uptake"] = DecimalString(uptake);
        }

        pcf["packagingEmissionsIncluded"] = f.PackagingEmissionsIncluded;
        pcf["ipccCharacterizationFactors"] = Strings(f.CharacterizationFactors);
        pcf["crossSectoralStandards"] = Strings(f.CrossSectoralStandards);
        pcf["exemptedEmissionsPercent"] = DecimalString(f.ExemptedEmissionsPercent);
        if (f.ExemptedEmissionsDescription.Length > 0)
        {
            pcf["exemptedEmissionsDescription"] = f.ExemptedEmissionsDescription;
        }

        if (f.AllocationRulesDescription is { Length: > 0 } allocation)
        {
            pcf["allocationRulesDescription"] = allocation;
        }

        if (f.SecondaryEmissionFactorSources.Count > 0)
        {
            pcf["secondaryEmissionFactorSources"] = Sources(f.SecondaryEmissionFactorSources);
        }

        if (f.PrimaryDataShare is { } share)
        {
            pcf["primaryDataShare"] = DecimalString(share);
        }

        if (f.Dqi is { } dqi)
        {
            pcf["dqi"] = new JsonObject
            {
                ["technologicalDQR"] = DecimalString(dqi.Technological),
                ["geographicalDQR"] = DecimalString(dqi.Geographical),
                ["temporalDQR"] = DecimalString(dqi.Temporal),
            };
        }

        return pcf;
    }
}
