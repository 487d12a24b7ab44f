namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A product footprint an organisation has published for PACT exchange (docs/pact.md): the PACT documents as written at
/// publishing (<see cref="V3Json"/>, and <see cref="V2Json"/> when v2 can carry it), never rewritten, plus the columns
/// the API filters on. <see cref="Id"/> is the PACT footprint id. Only <see cref="Status"/> changes, when a later
/// footprint names this one among its <c>precedingPfIds</c> (PACT v3.0 "lifecycle").
/// </summary>
public sealed class PactPublishedFootprint : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public required string ProductName { get; set; }

    /// <summary>The product ids (URNs), one per line, for the <c>productId</c> filter.</summary>
    public required string ProductIds { get; set; }

    /// <summary>The company ids (URNs), one per line, for the <c>companyId</c> filter.</summary>
    public required string CompanyIds { get; set; }

    /// <summary>The classification URNs, one per line, for the <c>classification</c> filter.</summary>
    public required string Classifications { get; set; }

    /// <summary>Region name, ISO 3166-1 alpha-2 or ISO 3166-2 code; empty for global.</summary>
    public required string Geography { get; set; }

    /// <summary>"Active" or "Deprecated".</summary>
    public required string Status { get; set; }

    /// <summary>The effective validity period (stated, else the reference period end plus 3 years), for the date filters.</summary>
    public DateTimeOffset ValidFrom { get; set; }

    public DateTimeOffset ValidTo { get; set; }

    /// <summary>kg CO₂e per declared unit excluding biogenic uptake, and the unit, for the sharing page.</summary>
    public decimal PcfExcludingBiogenicUptake { get; set; }

    public required string DeclaredUnit { get; set; }

    public required string V3Json { get; set; }

    public string? V2Json { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public Guid? PublishedByUserId { get; set; }
}
