namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A training course an agency organisation runs (issue 20 item 6): its tier (a key of data/training/tiers.json, e.g.
/// <c>seed</c> for 種子班) and title. Owners and editors of the agency manage it; it belongs to the agency alone.
/// </summary>
public sealed class TrainingCourse : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>A <c>Features.Training.TrainingTiers</c> key: ceo, lecture, seed, advanced, pcf.</summary>
    public required string TierKey { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
