namespace Tanpan.Web.Data.Entities;

/// <summary>A measure the client implemented, as reported on a returned 成效追蹤表, with its yearly savings.</summary>
public sealed class FollowUpMeasure : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid FollowUpId { get; set; }

    public int Position { get; set; }

    public required string Description { get; set; }

    /// <summary>Electricity or energy saved in the year, kWh.</summary>
    public decimal? SavedKwh { get; set; }

    /// <summary>Emissions avoided in the year, tCO2e.</summary>
    public decimal? SavedTonnes { get; set; }

    /// <summary>Money saved in the year, NT$.</summary>
    public decimal? SavedNtd { get; set; }
}
