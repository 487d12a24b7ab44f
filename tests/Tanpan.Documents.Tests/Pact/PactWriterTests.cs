using System.Text.Json.Nodes;
using Tanpan.Documents.Pact;

namespace Tanpan.Documents.Tests.Pact;

public sealed class PactWriterTests
{
    [Theory]
    [InlineData(PactVersion.V2)]
    [InlineData(PactVersion.V3)]
    public void Write_ThenRead_IsSchemaValidAndGivesTheSameFigures(PactVersion version)
    {
        var original = PactExamples.AluminiumCoil();
        var json = PactWriter.Write(original, version);

        PactSchemas.Validate(JsonNode.Parse(json)!, version).ShouldBeEmpty();
        var back = PactReader.Read(json);

        back.Id.ShouldBe(original.Id);
        back.Created.ShouldBe(original.Created);
        back.CompanyIds.ShouldBe(original.CompanyIds);
        back.ProductIds.ShouldBe(original.ProductIds);
        back.ProductName.ShouldBe(original.ProductName);
        back.DeclaredUnit.ShouldBe(PactDeclaredUnit.Kilogram);
        back.DeclaredUnitAmount.ShouldBe(1m);
        back.ProductMassPerDeclaredUnit.ShouldBe(1m);
        back.ReferencePeriodStart.ShouldBe(original.ReferencePeriodStart);
        back.ReferencePeriodEnd.ShouldBe(original.ReferencePeriodEnd);
        back.PcfExcludingBiogenicUptake.ShouldBe(13.12m);
        back.PcfIncludingBiogenicUptake.ShouldBe(13.12m);
        back.FossilGhgEmissions.ShouldBe(13.12m);
        back.FossilCarbonContent.ShouldBe(0m);
        back.CharacterizationFactors.ShouldBe(["AR5"]);
        back.CrossSectoralStandards.ShouldBe(["ISO14067", "GHGP-Product"]);
        back.ExemptedEmissionsPercent.ShouldBe(0.5m);
        back.Geography.ShouldBe(PactGeography.Country("TW"));
        back.ProductCategoryCpc.ShouldBe("41532");
        back.ProductClassifications.ShouldContain("urn:pact:productclassification:cn:76061299");
        back.AllocationRulesDescription.ShouldBe(original.AllocationRulesDescription);
        back.SecondaryEmissionFactorSources.ShouldBe([new PactEmissionFactorSource("ecoinvent", "3.10")]);
        back.PrimaryDataShare.ShouldBe(62.5m);
        back.Dqi!.Technological.ShouldBe(1.5m);
        back.Dqi.Temporal.ShouldBe(1m);
        PactWriter.Write(back, version).ShouldBe(json);   // a second pass changes nothing
    }

    [Fact]
    public void PcfIncluding_IsExcludingPlusUptake_1_85_Plus_Minus_1_5_Is_0_35()
    {
        // Acceptance check 1 (wave2-anchors; wbcsd/data-exchange-protocol#148): 1.85 + (−1.5) = 0.35.
        var footprint = PactExamples.AluminiumCoil() with { PcfExcludingBiogenicUptake = 1.85m, BiogenicCO2Uptake = -1.5m };

        footprint.PcfIncludingBiogenicUptake.ShouldBe(0.35m);
        var pcf = PactWriter.ToJson(footprint, PactVersion.V3)["pcf"]!;
        pcf["pcfIncludingBiogenicUptake"]!.GetValue<string>().ShouldBe("0.35");
        pcf["biogenicCO2Uptake"]!.GetValue<string>().ShouldBe("-1.5");
        PactReader.Read(PactWriter.Write(footprint, PactVersion.V2)).PcfIncludingBiogenicUptake.ShouldBe(0.35m);
    }

    [Fact]
    public void V3_EveryDecimalIsAJsonString_AndRequiredFieldsArePresent()
    {
        var root = PactWriter.ToJson(PactExamples.AluminiumCoil(), PactVersion.V3);
        var pcf = root["pcf"]!.AsObject();

        foreach (var name in new[] { "declaredUnitAmount", "productMassPerDeclaredUnit", "pcfExcludingBiogenicUptake", "pcfIncludingBiogenicUptake", "fossilGhgEmissions", "fossilCarbonContent", "exemptedEmissionsPercent", "primaryDataShare" })
        {
            pcf[name]!.GetValueKind().ShouldBe(System.Text.Json.JsonValueKind.String, name);
        }

        root["specVersion"]!.GetValue<string>().ShouldBe("3.0.0");
        root["companyIds"]![0]!.GetValue<string>().ShouldStartWith("urn:");
        pcf["geographyCountry"]!.GetValue<string>().ShouldBe("TW");
        pcf.ContainsKey("geographyRegionOrSubregion").ShouldBeFalse();
        pcf["dqi"]!["technologicalDQR"]!.GetValue<string>().ShouldBe("1.5");
    }

    [Fact]
    public void Validity_NotStated_IsReferencePeriodEndPlusThreeYears()
    {
        var footprint = PactReader.Read(PactWriter.Write(PactExamples.AluminiumCoil(), PactVersion.V3));

        footprint.ValidityPeriodEnd.ShouldBeNull();
        footprint.EffectiveValidityStart.ShouldBe(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        footprint.EffectiveValidityEnd.ShouldBe(new DateTimeOffset(2029, 1, 1, 0, 0, 0, TimeSpan.Zero));
        footprint.IsValidOn(new DateTimeOffset(2028, 12, 31, 23, 59, 59, TimeSpan.Zero)).ShouldBeTrue();
        footprint.IsValidOn(new DateTimeOffset(2029, 1, 1, 0, 0, 0, TimeSpan.Zero)).ShouldBeFalse();
        footprint.IsValidOn(new DateTimeOffset(2025, 12, 31, 0, 0, 0, TimeSpan.Zero)).ShouldBeFalse();
    }

    [Fact]
    public void Piece_IsWrittenInV3_AndRefusedInV2WithAClearMessage()
    {
        var footprint = PactExamples.AluminiumCoil() with { DeclaredUnit = PactDeclaredUnit.Piece, ProductMassPerDeclaredUnit = 0.25m };

        PactWriter.ToJson(footprint, PactVersion.V3)["pcf"]!["declaredUnitOfMeasurement"]!.GetValue<string>().ShouldBe("piece");
        var error = Should.Throw<PactFormatException>(() => PactWriter.Write(footprint, PactVersion.V2));
        error.Path.ShouldBe("pcf.declaredUnit");
        error.Message.ShouldContain("piece");
        error.MessageZh.ShouldContain("v3");
    }

    [Fact]
    public void V2_WithoutACpcCode_IsRefused_AndTheCodeComesFromAClassificationUrnWhenGiven()
    {
        var noCpc = PactExamples.AluminiumCoil() with { ProductCategoryCpc = null };
        Should.Throw<PactFormatException>(() => PactWriter.Write(noCpc, PactVersion.V2)).Path.ShouldBe("productCategoryCpc");

        var viaUrn = noCpc with { ProductClassifications = [PactUrns.UnCpc("41532")] };
        PactWriter.ToJson(viaUrn, PactVersion.V2)["productCategoryCpc"]!.GetValue<string>().ShouldBe("41532");
    }

    [Theory]
    [InlineData("company", "companyIds")]
    [InlineData("product", "productIds")]
    public void NonUrnIds_AreRefused(string which, string path)
    {
        var footprint = which == "company"
            ? PactExamples.AluminiumCoil() with { CompanyIds = ["12345678"] }
            : PactExamples.AluminiumCoil() with { ProductIds = [] };

        Should.Throw<PactFormatException>(() => PactWriter.Write(footprint, PactVersion.V3)).Path.ShouldBe(path);
    }

    [Fact]
    public void V3_WithoutProductMass_IsRefused()
    {
        var footprint = PactExamples.AluminiumCoil() with { ProductMassPerDeclaredUnit = null };

        Should.Throw<PactFormatException>(() => PactWriter.Write(footprint, PactVersion.V3)).Path.ShouldBe("pcf.productMassPerDeclaredUnit");
        PactWriter.Write(footprint, PactVersion.V2).ShouldNotContain("productMassPerDeclaredUnit");
    }

    [Fact]
    public void AnExportTheSchemaRejects_IsNeverReturned()
    {
        // "TWN" passes the writer's own checks but not the schema's ^[A-Z]{2}$ for geographyCountry.
        var footprint = PactExamples.AluminiumCoil() with { Geography = PactGeography.Country("TWN") };

        Should.Throw<PactFormatException>(() => PactWriter.Write(footprint, PactVersion.V3)).Message.ShouldContain("geographyCountry");
    }
}
