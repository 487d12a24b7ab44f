namespace Tanpan.Web.Data.Entities;

/// <summary>
/// An agency organisation's sector action plan for one report year (seed 002: 製造部門, 110 年 = 2021): the rows of
/// <see cref="SectorPlanPolicy"/>, <see cref="SectorPlanMeasure"/>, <see cref="SectorPlanEmission"/> and
/// <see cref="SectorPlanIntensity"/> hang off it (docs/action-plans.md). One plan per organisation and year.
/// </summary>
public sealed class SectorActionPlan : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>Gregorian report year (2021 for 民國 110 年).</summary>
    public int Year { get; set; }

    /// <summary>The sector the plan covers (製造部門).</summary>
    public required string Sector { get; set; }

    /// <summary>The file the plan was last imported from.</summary>
    public string? SourceFile { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
