namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A precursor consumed by a <see cref="CbamGood"/>'s process (IR (EU) 2025/2547 Annex II, Eq. 50): its CN code, the
/// tonnes consumed in the year and its specific embedded emissions, from the organisation's own good, the supplier
/// (typed or read from its communication template), a PACT footprint, or the default value.
/// </summary>
public sealed class CbamPrecursor : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid GoodId { get; set; }

    public required string CnCode { get; set; }

    /// <summary>Tonnes of the precursor consumed in the reporting year (≥ 0).</summary>
    public decimal MassT { get; set; }

    /// <summary>A <c>Features.Cbam.PrecursorSources</c> key: own, supplier, pact, default.</summary>
    public required string Source { get; set; }

    /// <summary>For an own precursor: the organisation's good that is consumed.</summary>
    public Guid? OwnGoodId { get; set; }

    /// <summary>For a supplier or PACT value: t CO2e per t, direct and (where it counts) indirect.</summary>
    public decimal? SeeDirect { get; set; }

    public decimal? SeeIndirect { get; set; }

    /// <summary>Who supplied it and from what (the supplier's installation, the template file, the PACT footprint id).</summary>
    public string? Supplier { get; set; }

    public string? Evidence { get; set; }
}
