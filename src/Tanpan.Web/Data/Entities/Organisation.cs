namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A company (the tenant). Fields follow the MOEA SME guidance application form (輔導申請表, 附表1).
/// </summary>
public sealed class Organisation : IAudited, IVersioned
{
    public Guid Id { get; set; }

    /// <summary>工廠名稱 / company name.</summary>
    public required string Name { get; set; }

    /// <summary>統一編號: 8 digits.</summary>
    public string? TaxId { get; set; }

    /// <summary>工廠登記證號.</summary>
    public string? FactoryRegistrationNumber { get; set; }

    /// <summary>產業別: the two-digit manufacturing division, "08" (food) to "33" (other manufacturing).</summary>
    public string? IndustryCode { get; set; }

    /// <summary>中堅企業 (a recognised mid-sized backbone enterprise).</summary>
    public bool IsMidSizedBackbone { get; set; }

    /// <summary>所屬工業區.</summary>
    public string? IndustrialZone { get; set; }

    public string? Address { get; set; }

    /// <summary>資本額 in NT$ (the form asks in 萬元; convert at the form).</summary>
    public decimal? CapitalNtd { get; set; }

    public int? Employees { get; set; }

    /// <summary>負責人 and title.</summary>
    public string? RepresentativeName { get; set; }

    public string? RepresentativeTitle { get; set; }

    /// <summary>聯絡人, title, phone, fax and e-mail.</summary>
    public string? ContactName { get; set; }

    public string? ContactTitle { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactFax { get; set; }

    public string? ContactEmail { get; set; }

    /// <summary>外銷 share of sales in percent, 0–100 (內銷 is the rest).</summary>
    public decimal? ExportSharePercent { get; set; }

    /// <summary>主要產品, as written on the form.</summary>
    public string? MainProducts { get; set; }

    /// <summary>近一年產量: amount and its unit as written (e.g. 12000 公噸).</summary>
    public decimal? AnnualOutput { get; set; }

    public string? AnnualOutputUnit { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
