namespace Tanpan.Web.Data.Entities;

/// <summary>
/// One 輔導申請表 (seed 004, 附表1) sent to a <see cref="Programme"/>, with the applicant's declarations for the
/// eligibility rules and, for the footprint service, 附表2 and 附表3. Belongs to the agency (the programme's tenant);
/// the applicant reaches it only through its signed confirmation link. It enters the queues when the applicant
/// confirms by e-mail (<see cref="ConfirmedAt"/>); one <see cref="ProgrammeRequest"/> per service chosen.
/// </summary>
public sealed class ProgrammeApplication : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid ProgrammeId { get; set; }

    /// <summary>案件編號, given at confirmation (1, 2, … per programme).</summary>
    public int? Number { get; set; }

    /// <summary>The applicant's own Tanpan organisation when it applied from there (its profile prefilled the form).</summary>
    public Guid? ApplicantOrganisationId { get; set; }

    public required string FactoryName { get; set; }

    /// <summary>中堅企業: may choose more than one service.</summary>
    public bool IsMidSizedBackbone { get; set; }

    /// <summary>統一編號, eight digits.</summary>
    public required string TaxId { get; set; }

    public string? FactoryRegistrationNumber { get; set; }

    /// <summary>產業別: manufacturing division 08–33.</summary>
    public required string IndustryCode { get; set; }

    public string? IndustrialPark { get; set; }

    public required string Address { get; set; }

    /// <summary>資本額 in 萬元 (NT$10,000), as the form asks.</summary>
    public decimal CapitalTenThousandNtd { get; set; }

    public required string RepresentativeName { get; set; }

    public string? RepresentativeTitle { get; set; }

    public required string ContactName { get; set; }

    public string? ContactTitle { get; set; }

    public required string Phone { get; set; }

    public string? Fax { get; set; }

    public required string Email { get; set; }

    public int Employees { get; set; }

    /// <summary>內銷 share of the year's sales, percent; <see cref="ExportPercent"/> is 外銷, together 100.</summary>
    public decimal DomesticPercent { get; set; }

    public decimal ExportPercent { get; set; }

    /// <summary>銷美, 銷日, 銷歐, 其他: percent of sales (the form's split of exports; they add up to the export share).</summary>
    public decimal ExportUsPercent { get; set; }

    public decimal ExportJapanPercent { get; set; }

    public decimal ExportEuropePercent { get; set; }

    public decimal ExportOtherPercent { get; set; }

    /// <summary>優先考量之訪廠月份: comma-separated month numbers 1–12, or null.</summary>
    public string? PreferredVisitMonths { get; set; }

    /// <summary>Declared: a first-batch mandatory-reporting source (環保署 109 年公告第一批應盤查登錄排放源).</summary>
    public bool IsFirstBatchSource { get; set; }

    /// <summary>Declared: part of a brand's supply chain (供應鏈體系企業).</summary>
    public bool IsSupplyChainMember { get; set; }

    /// <summary>Declared: a source within the scope CBAM's December 2022 agreement extended (111 年 12 月 CBAM 公告擴大適用).</summary>
    public bool IsCbamExposed { get; set; }

    /// <summary>Declared (offset services): the reduction project is renewable-energy generation.</summary>
    public bool IsRenewableGenerationProject { get; set; }

    /// <summary>Declared (footprint service): the product is made at the factory address above.</summary>
    public bool FootprintProductMadeAtFactory { get; set; }

    /// <summary>Declared (現場支援): the applicant has carried out an offset project before.</summary>
    public bool HasOffsetExperience { get; set; }

    /// <summary>Declared (現場支援): the reduction measure's site is a first-batch mandatory-reporting source.</summary>
    public bool ReductionSiteIsFirstBatch { get; set; }

    /// <summary>同意提供個人資料 (附表1's consent, the 個人資料提供同意書 on its back).</summary>
    public bool PersonalDataConsent { get; set; }

    /// <summary>附表2 items 1–5 as "1" (同意/符合) or "0" (不同意/不符合), e.g. "11101"; null unless footprint.</summary>
    public string? Form2Answers { get; set; }

    /// <summary>附表3: revenue of the three years before the programme year (NT$).</summary>
    public decimal? Revenue1 { get; set; }

    public decimal? Revenue2 { get; set; }

    public decimal? Revenue3 { get; set; }

    public string? TopSuppliers { get; set; }

    public string? TopCustomers { get; set; }

    /// <summary>附表3 二: the target product's name, description and composition.</summary>
    public string? TargetProduct { get; set; }

    /// <summary>附表3 二.3: the target product's share of revenue, percent.</summary>
    public decimal? TargetProductRevenuePercent { get; set; }

    public string? TargetProductCccCode { get; set; }

    /// <summary>附表3 三: process flow, inputs, emissions and waste per step.</summary>
    public string? ProcessDescription { get; set; }

    /// <summary>附表3 四: why the footprint (which customer asks, or the company's own plan).</summary>
    public string? FootprintReason { get; set; }

    /// <summary>附表3 五.1: the team and who does what.</summary>
    public string? TeamDescription { get; set; }

    /// <summary>附表3 五.2: the supporting executive's name and rank (the signature is on the printed form).</summary>
    public string? ExecutiveName { get; set; }

    public string? ExecutiveTitle { get; set; }

    /// <summary>The language the applicant used (zh-TW or en), for the confirmation mail.</summary>
    public required string Culture { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
