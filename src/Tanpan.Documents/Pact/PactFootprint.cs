namespace Tanpan.Documents.Pact;

/// <summary>
/// One product carbon footprint as PACT exchanges it, in neither wire version: the v2 (2.x) and v3 (3.0) writers and
/// the tolerant reader map to and from this record (docs/pact.md). Figures are per <see cref="DeclaredUnitAmount"/>
/// declared units: emissions in kg CO₂e, carbon contents in kg C, masses in kg (PACT v3.0 CarbonFootprint, the
/// <c>x-unit</c> of each property in data/pact/source/openapi_v3_0.yaml).
/// </summary>
public sealed record PactFootprint
{
    private readonly decimal? _pcfIncludingBiogenicUptake;

    /// <summary>The footprint's id; a new one for every change (PACT v3.0 ProductFootprint.id, "lifecycle").</summary>
    public required Guid Id { get; init; }

    /// <summary>When the footprint was created (<c>created</c>).</summary>
    public required DateTimeOffset Created { get; init; }

    public PactStatus Status { get; init; } = PactStatus.Active;

    /// <summary>The data owner's name (<c>companyName</c>, non-empty).</summary>
    public required string CompanyName { get; init; }

    /// <summary>The data owner's ids as URNs, at least one (<c>companyIds</c>), e.g. <c>urn:pact:tanpan:company:…</c>.</summary>
    public required IReadOnlyList<string> CompanyIds { get; init; }

    public required string ProductDescription { get; init; }

    /// <summary>The product's ids as URNs, at least one (<c>productIds</c>).</summary>
    public required IReadOnlyList<string> ProductIds { get; init; }

    /// <summary>The product's name in the company (<c>productNameCompany</c>, non-empty).</summary>
    public required string ProductName { get; init; }

    /// <summary>
    /// Classification URNs (<c>productClassifications</c>), e.g. a CN code as
    /// <c>urn:pact:productclassification:cn:76061299</c> (<see cref="PactUrns.CnCode"/>). May be empty.
    /// </summary>
    public IReadOnlyList<string> ProductClassifications { get; init; } = [];

    public required PactDeclaredUnit DeclaredUnit { get; init; }

    /// <summary>How many declared units the figures are for (<c>declaredUnitAmount</c>; v2 <c>unitaryProductAmount</c>), &gt; 0.</summary>
    public required decimal DeclaredUnitAmount { get; init; }

    /// <summary>
    /// kg of product per declared unit (<c>productMassPerDeclaredUnit</c>), ≥ 0. Required by v3; optional in v2, so a
    /// footprint read from v2 may have none, and then only v2 can carry it.
    /// </summary>
    public required decimal? ProductMassPerDeclaredUnit { get; init; }

    /// <summary>Start of the period the data is from (inclusive).</summary>
    public required DateTimeOffset ReferencePeriodStart { get; init; }

    /// <summary>End of the period the data is from (exclusive, PACT v3.0 CarbonFootprint.referencePeriodEnd).</summary>
    public required DateTimeOffset ReferencePeriodEnd { get; init; }

    /// <summary>kg CO₂e excluding biogenic CO₂ uptake (<c>pcfExcludingBiogenicUptake</c>; v2 <c>pCfExcludingBiogenic</c>).</summary>
    public required decimal PcfExcludingBiogenicUptake { get; init; }

    /// <summary>Biogenic CO₂ taken up by the product, kg CO₂, ≤ 0 (<c>biogenicCO2Uptake</c>; v2 <c>biogenicCarbonWithdrawal</c>); null when unknown.</summary>
    public decimal? BiogenicCO2Uptake { get; init; }

    /// <summary>
    /// kg CO₂e including biogenic uptake. Unless given, <see cref="PcfExcludingBiogenicUptake"/> +
    /// <see cref="BiogenicCO2Uptake"/> (1.85 + (−1.5) = 0.35; the reading of wbcsd/data-exchange-protocol#148, see
    /// docs/pact.md). A footprint read from a file keeps the figure the file states.
    /// </summary>
    public decimal PcfIncludingBiogenicUptake
    {
        get => _pcfIncludingBiogenicUptake ?? PcfExcludingBiogenicUptake + (BiogenicCO2Uptake ?? 0m);
        init => _pcfIncludingBiogenicUptake = value;
    }

    /// <summary>Fossil GHG emissions, kg CO₂e (<c>fossilGhgEmissions</c>).</summary>
    public required decimal FossilGhgEmissions { get; init; }

    /// <summary>Fossil carbon content of the product, kg C (<c>fossilCarbonContent</c>).</summary>
    public required decimal FossilCarbonContent { get; init; }

    /// <summary>Biogenic carbon content, kg C (<c>biogenicCarbonContent</c>; required in v2, where absent means 0).</summary>
    public decimal? BiogenicCarbonContent { get; init; }

    /// <summary>IPCC assessment reports whose GWPs were used, e.g. <c>AR6</c> (<c>ipccCharacterizationFactors</c>).</summary>
    public IReadOnlyList<string> CharacterizationFactors { get; init; } = ["AR6"];

    /// <summary>v3 tokens (<c>ISO14067</c>, <c>GHGP-Product</c>, <c>ISO14040-44</c>, <c>PACT-3.0</c>, …), at least one.</summary>
    public required IReadOnlyList<string> CrossSectoralStandards { get; init; }

    /// <summary>Share of emissions exempted, percent, 0–5 in v2 (<c>exemptedEmissionsPercent</c>).</summary>
    public decimal ExemptedEmissionsPercent { get; init; }

    public string ExemptedEmissionsDescription { get; init; } = "";

    /// <summary>Where the product is made: one of region, country or subdivision, or global.</summary>
    public PactGeography Geography { get; init; } = PactGeography.Global;

    public string BoundaryProcessesDescription { get; init; } = "";

    public string? AllocationRulesDescription { get; init; }

    public IReadOnlyList<PactEmissionFactorSource> SecondaryEmissionFactorSources { get; init; } = [];

    /// <summary>Share of primary data, percent 0–100 (<c>primaryDataShare</c>); null when not stated.</summary>
    public decimal? PrimaryDataShare { get; init; }

    public PactDataQuality? Dqi { get; init; }

    public bool PackagingEmissionsIncluded { get; init; }

    /// <summary>UN CPC code for v2's required <c>productCategoryCpc</c>; v3 carries it as a classification URN.</summary>
    public string? ProductCategoryCpc { get; init; }

    public string Comment { get; init; } = "";

    public IReadOnlyList<Guid> PrecedingPfIds { get; init; } = [];

    /// <summary>Stated start of validity, or null (then <see cref="EffectiveValidityStart"/> applies).</summary>
    public DateTimeOffset? ValidityPeriodStart { get; init; }

    /// <summary>Stated end of validity, or null (then <see cref="EffectiveValidityEnd"/> applies).</summary>
    public DateTimeOffset? ValidityPeriodEnd { get; init; }

    /// <summary>The stated start, else <see cref="ReferencePeriodEnd"/> (PACT v3.0 ProductFootprint.validityPeriodStart).</summary>
    public DateTimeOffset EffectiveValidityStart => ValidityPeriodStart ?? ReferencePeriodEnd;

    /// <summary>The stated end, else 3 years after <see cref="ReferencePeriodEnd"/> (PACT v3.0, "valid for 3 years after the referencePeriodEnd").</summary>
    public DateTimeOffset EffectiveValidityEnd => ValidityPeriodEnd ?? ReferencePeriodEnd.AddYears(3);

    /// <summary>Whether the footprint is valid at <paramref name="instant"/> (start inclusive, end exclusive).</summary>
    public bool IsValidOn(DateTimeOffset instant) => instant >= EffectiveValidityStart && instant < EffectiveValidityEnd;
}
