namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A guidance programme of one year run by an agency organisation (the tenant; docs/programmes.md), e.g. seed 004's
/// 112 年「中小型製造業低碳輔導計畫」. Applicants apply through its public page while <see cref="AcceptsApplications"/>.
/// </summary>
public sealed class Programme : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>The programme year (Gregorian; 2023 is 民國 112 年).</summary>
    public int Year { get; set; }

    public required string TitleZh { get; set; }

    public required string TitleEn { get; set; }

    /// <summary>Where the programme's rules come from (e.g. "seed 004: 112 年度輔導申請須知").</summary>
    public string? Source { get; set; }

    /// <summary>True while the public application page takes applications (each service has its own dates too).</summary>
    public bool AcceptsApplications { get; set; }

    /// <summary>The last 案件編號 given (numbers run 1, 2, … per programme at confirmation).</summary>
    public int LastApplicationNumber { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
