namespace Tanpan.Web.Data.Entities;

/// <summary>
/// One yearly 成效追蹤表 of a closed guidance case (seed 004 注意事項三: 受輔導廠商於計畫結束後 3 年內，有義務配合工業局填報成效追蹤表;
/// docs/follow-ups.md): the agency's row, due on the 1st, 2nd and 3rd anniversary of the case's closing, reporting the
/// calendar year before the due date. The client's answers are stored here when it returns the form (all at once).
/// </summary>
public sealed class FollowUp : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    /// <summary>The agency.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The closed case (<c>ProgrammeCase</c>) the follow-up belongs to.</summary>
    public Guid CaseId { get; set; }

    /// <summary>1, 2 or 3: the year after closing.</summary>
    public int Ordinal { get; set; }

    /// <summary>The calendar year the form reports (the one before <see cref="DueOn"/>'s year).</summary>
    public int ReportingYear { get; set; }

    /// <summary>Due on this day (Taipei): the anniversary of the case's closing.</summary>
    public DateOnly DueOn { get; set; }

    /// <summary>The client's organisation on Tanpan (the application's applicant organisation), if any.</summary>
    public Guid? ClientOrganisationId { get; set; }

    /// <summary>Where reminders go: the application's contact e-mail.</summary>
    public required string Email { get; set; }

    public required string Culture { get; set; }

    /// <summary>When the reminder before the due date was sent (once).</summary>
    public DateTimeOffset? RemindedAt { get; set; }

    /// <summary>When the overdue reminder was sent (once).</summary>
    public DateTimeOffset? OverdueRemindedAt { get; set; }

    public DateTimeOffset? ReturnedAt { get; set; }

    /// <summary>The client's member who returned it from inside its organisation; null through the e-mailed link.</summary>
    public Guid? ReturnedByUserId { get; set; }

    /// <summary>Scope 1 (direct) emissions of the year, tCO2e.</summary>
    public decimal? Scope1Tonnes { get; set; }

    /// <summary>Scope 2 (energy indirect) emissions of the year, tCO2e.</summary>
    public decimal? Scope2Tonnes { get; set; }

    /// <summary>Emission intensity, in tCO2e per <see cref="IntensityUnit"/>.</summary>
    public decimal? Intensity { get; set; }

    /// <summary>What the intensity is per, e.g. "公噸產品" or "百萬元營收".</summary>
    public string? IntensityUnit { get; set; }

    public string? OtherResults { get; set; }

    public string? Remarks { get; set; }

    /// <summary>Where the prefilled figures came from (the Tanpan inventory year, factor set, locked or not); null when nothing was prefilled.</summary>
    public string? PrefillSource { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
