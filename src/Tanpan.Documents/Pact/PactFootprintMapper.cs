namespace Tanpan.Documents.Pact;

/// <summary>
/// Maps one footprint object to <see cref="PactFootprint"/>. Each field is looked up by its v3 name first, then by its
/// v2 name (v2.3 ProductFootprint/CarbonFootprint), so v3 documents that still use v2 names are read too.
/// </summary>
internal static class PactFootprintMapper
{
    public static PactFootprint Map(PactFields f, PactVersion version)
    {
        var pcf = f.Object("pcf") ?? throw new PactFormatException(f.PathOf("pcf"), "缺少必要欄位", "is required but missing");
        var unitText = pcf.Text("declaredUnitOfMeasurement", "declaredUnit");
        var unit = PactDeclaredUnits.FromWire(unitText)
            ?? throw new PactFormatException(pcf.PathOf("declaredUnitOfMeasurement"), $"未知的宣告單位「{unitText}」", $"unknown declared unit '{unitText}'");
        var statusText = f.Text("status");
        var status = Enum.TryParse<PactStatus>(statusText, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s
            : throw new PactFormatException(f.PathOf("status"), $"狀態須為 Active 或 Deprecated，而非「{statusText}」", $"must be Active or Deprecated, not '{statusText}'");
        var classifications = f.Strings("productClassifications");
        var v2 = version == PactVersion.V2;
        decimal? Percent(PactFields fields, string name) => v2 ? fields.OptionalNumber(name) : fields.OptionalDecimal(name);

        return new PactFootprint
        {
            Id = f.Guid("id"),
            Created = f.Instant("created"),
            Status = status,
            CompanyName = f.Text("companyName"),
            CompanyIds = Urns(f, "companyIds"),
            ProductDescription = f.OptionalText("productDescription") ?? "",
            ProductIds = Urns(f, "productIds"),
            ProductName = f.Text("productNameCompany"),
            ProductClassifications = classifications,
            ProductCategoryCpc = f.OptionalText("productCategoryCpc") ?? classifications.Select(PactUrns.CpcOf).FirstOrDefault(c => c is not null),
            Comment = f.OptionalText("comment") ?? "",
            PrecedingPfIds = [.. f.Strings("precedingPfIds").Select(p => Guid.TryParse(p, out var g) ? g
                : throw new PactFormatException(f.PathOf("precedingPfIds"), "須為 UUID", "must hold UUIDs"))],
            ValidityPeriodStart = f.OptionalInstant("validityPeriodStart"),
            ValidityPeriodEnd = f.OptionalInstant("validityPeriodEnd"),
            DeclaredUnit = unit,
            DeclaredUnitAmount = pcf.Decimal("declaredUnitAmount", "unitaryProductAmount"),
            ProductMassPerDeclaredUnit = pcf.OptionalDecimal("productMassPerDeclaredUnit"),
            ReferencePeriodStart = pcf.Instant("referencePeriodStart"),
            ReferencePeriodEnd = pcf.Instant("referencePeriodEnd"),
            PcfExcludingBiogenicUptake = pcf.Decimal("pcfExcludingBiogenicUptake", "pCfExcludingBiogenic", "pcfExcludingBiogenic"),
            PcfIncludingBiogenicUptake = pcf.OptionalDecimal("pcfIncludingBiogenicUptake", "pCfIncludingBiogenic", "pcfIncludingBiogenic")
                ?? pcf.Decimal("pcfExcludingBiogenicUptake", "pCfExcludingBiogenic", "pcfExcludingBiogenic") + (pcf.OptionalDecimal("biogenicCO2Uptake", "biogenicCarbonWithdrawal") ?? 0m),
            BiogenicCO2Uptake = pcf.OptionalDecimal("biogenicCO2Uptake", "biogenicCarbonWithdrawal"),
            FossilGhgEmissions = pcf.Decimal("fossilGhgEmissions"),
            FossilCarbonContent = pcf.Decimal("fossilCarbonContent"),
            BiogenicCarbonContent = pcf.OptionalDecimal("biogenicCarbonContent"),
            CharacterizationFactors = CharacterizationFactors(pcf),
            CrossSectoralStandards = Standards(pcf),
            ExemptedEmissionsPercent = Percent(pcf, "exemptedEmissionsPercent")
                ?? throw new PactFormatException(pcf.PathOf("exemptedEmissionsPercent"), "缺少必要欄位", "is required but missing"),
            ExemptedEmissionsDescription = pcf.OptionalText("exemptedEmissionsDescription") ?? "",
            Geography = Geography(pcf),
            BoundaryProcessesDescription = pcf.OptionalText("boundaryProcessesDescription") ?? "",
            AllocationRulesDescription = pcf.OptionalText("allocationRulesDescription"),
            SecondaryEmissionFactorSources = [.. pcf.Objects("secondaryEmissionFactorSources").Select(o => new PactEmissionFactorSource(o.Text("name"), o.Text("version")))],
            PrimaryDataShare = Percent(pcf, "primaryDataShare"),
            Dqi = pcf.Object("dqi") is { } dqi ? Dqi(dqi, v2) : null,
            PackagingEmissionsIncluded = pcf.Flag("packagingEmissionsIncluded"),
        };
    }

    private static List<string> Urns(PactFields f, string name)
    {
        var urns = f.Strings(name);
        return urns.Count > 0 && urns.All(PactUrns.IsUrn) ? [.. urns]
            : throw new PactFormatException(f.PathOf(name), "須至少一個，且皆為 URN（urn:…）", "needs at least one id, each a URN (urn:…)");
    }

    private static List<string> CharacterizationFactors(PactFields pcf)
    {
        var list = pcf.Strings("ipccCharacterizationFactors", "ipccCharacterizationFactorsSources", "characterizationFactors");
        return list.Count > 0 ? [.. list.Select(c => c.Trim().ToUpperInvariant())]
            : throw new PactFormatException(pcf.PathOf("ipccCharacterizationFactors"), "缺少必要欄位", "is required but missing");
    }

    private static List<string> Standards(PactFields pcf)
    {
        var list = pcf.Strings("crossSectoralStandards", "crossSectoralStandardsUsed");
        return list.Count > 0 ? [.. list.Select(PactStandards.FromV2Name).Distinct()]
            : throw new PactFormatException(pcf.PathOf("crossSectoralStandards"), "缺少必要欄位", "is required but missing");
    }

    private static PactGeography Geography(PactFields pcf)
    {
        var found = new[]
        {
            pcf.OptionalText("geographyRegionOrSubregion") is { } region ? PactGeography.Region(region.Trim()) : null,
            pcf.OptionalText("geographyCountry") is { } country ? PactGeography.Country(country.Trim().ToUpperInvariant()) : null,
            pcf.OptionalText("geographyCountrySubdivision") is { } sub ? PactGeography.Subdivision(sub.Trim().ToUpperInvariant()) : null,
        }.OfType<PactGeography>().ToList();
        return found.Count switch
        {
            0 => PactGeography.Global,
            1 => found[0],
            _ => throw new PactFormatException(pcf.PathOf("geographyCountry"), "地理範圍只能填一項（區域、國家或次級行政區）", "only one of region, country or subdivision may be given"),
        };
    }

    private static PactDataQuality Dqi(PactFields dqi, bool v2)
    {
        decimal Rating(string name) => (v2 ? dqi.OptionalNumber(name) : dqi.OptionalDecimal(name))
            ?? throw new PactFormatException(dqi.PathOf(name), "缺少必要欄位", "is required but missing");
        decimal? Optional(string name) => v2 ? dqi.OptionalNumber(name) : dqi.OptionalDecimal(name);
        return new PactDataQuality(Rating("technologicalDQR"), Rating("geographicalDQR"), Rating("temporalDQR"))
        {
            Completeness = Optional("completenessDQR"),
            Reliability = Optional("reliabilityDQR"),
            CoveragePercent = Optional("coveragePercent"),
        };
    }
}
