namespace Tanpan.Web.Data.Entities;

/// <summary>
/// The commit of a previewed import file run in the background (<c>Features.ActivityImports.Jobs</c>): who started
/// it, its state, how far it got and what it did. Bookkeeping, not audited: the rows it writes are.
/// </summary>
public sealed class ImportJob : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid InventoryYearId { get; set; }

    /// <summary>Who started it (no foreign key: the job outlives the user, like the audit trail).</summary>
    public Guid? UserId { get; set; }

    /// <summary>The uploaded file's name as shown.</summary>
    public required string FileName { get; set; }

    public ImportJobState State { get; set; }

    /// <summary>Rows of the file dealt with so far (written or found unchanged); <see cref="RowsTotal"/> when done.</summary>
    public int RowsDone { get; set; }

    public int RowsTotal { get; set; }

    public int Added { get; set; }

    public int Changed { get; set; }

    public int Unchanged { get; set; }

    /// <summary>Why it failed, in Traditional Chinese and in English; null unless <see cref="ImportJobState.Failed"/>.</summary>
    public string? ErrorZh { get; set; }

    public string? ErrorEn { get; set; }

    /// <summary>What to do with rows that overlap stored entries: <c>replace</c>, <c>keep</c> or <c>skip</c>; null when the preview found none.</summary>
    public string? OverlapChoice { get; set; }

    /// <summary>The reason recorded on each kept overlapping entry (<see cref="OverlapChoice"/> <c>keep</c>).</summary>
    public string? OverlapReason { get; set; }

    /// <summary>The user confirmed creating the facilities the file names and the organisation does not have.</summary>
    public bool ConfirmNewFacilities { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
