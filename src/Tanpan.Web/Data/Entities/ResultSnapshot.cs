namespace Tanpan.Web.Data.Entities;

/// <summary>
/// The results of a locked inventory as they were when it was locked (JSON of
/// <c>Features.Inventories.InventoryResults</c>), served instead of a new calculation while it stays
/// locked, so published figures never drift. Unlocking deletes it.
/// </summary>
public sealed class ResultSnapshot : ITenantOwned
{
    public Guid InventoryYearId { get; set; }

    public Guid OrganisationId { get; set; }

    public required string FactorSetId { get; set; }

    public required string FactorSetVersion { get; set; }

    public required string GwpSetId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string Json { get; set; }
}
