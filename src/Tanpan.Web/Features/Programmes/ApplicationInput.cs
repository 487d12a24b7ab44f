namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// 輔導申請表 (seed 004, 附表1) as typed on the public page, with the eligibility declarations and, for the footprint
/// service, 附表2 and 附表3. Everything is text as posted; <see cref="ApplicationValidator"/> reads it.
/// </summary>
public sealed class ApplicationInput
{
    public string? FactoryName { get; set; }

    /// <summary>中堅企業: "yes" or "no".</summary>
    public string? MidSized { get; set; }

    public string? TaxId { get; set; }

    public string? FactoryRegistrationNumber { get; set; }

    public string? IndustryCode { get; set; }

    public string? IndustrialPark { get; set; }

    public string? Address { get; set; }

    public string? Capital { get; set; }

    public string? RepresentativeName { get; set; }

    public string? RepresentativeTitle { get; set; }

    public string? ContactName { get; set; }

    public string? ContactTitle { get; set; }

    public string? Phone { get; set; }

    public string? Fax { get; set; }

    public string? Email { get; set; }

    public string? Employees { get; set; }

    public string? DomesticPercent { get; set; }

    public string? ExportPercent { get; set; }

    public string? ExportUsPercent { get; set; }

    public string? ExportJapanPercent { get; set; }

    public string? ExportEuropePercent { get; set; }

    public string? ExportOtherPercent { get; set; }

    /// <summary>The paper form's three product lines.</summary>
    public List<ProductLine> Products { get; set; } = [new(), new(), new()];

    /// <summary>One per service of the programme, in form order; the key is posted as a hidden field.</summary>
    public List<ServiceChoice> Services { get; set; } = [];

    /// <summary>現場支援's stage (七擇一), an <see cref="OffsetStages"/> key.</summary>
    public string? Stage { get; set; }

    /// <summary>優先考量之訪廠月份, e.g. "3, 4, 9".</summary>
    public string? PreferredVisitMonths { get; set; }

    public bool IsFirstBatchSource { get; set; }

    public bool IsSupplyChainMember { get; set; }

    public bool IsCbamExposed { get; set; }

    public bool IsRenewableGenerationProject { get; set; }

    public bool FootprintProductMadeAtFactory { get; set; }

    public bool HasOffsetExperience { get; set; }

    public bool ReductionSiteIsFirstBatch { get; set; }

    public bool PersonalDataConsent { get; set; }

    /// <summary>附表2 items 1–5: "1" 同意/符合, "0" 不同意/不符合.</summary>
    public List<string?> Form2 { get; set; } = [null, null, null, null, null];

    public string? Revenue1 { get; set; }

    public string? Revenue2 { get; set; }

    public string? Revenue3 { get; set; }

    public string? TopSuppliers { get; set; }

    public string? TopCustomers { get; set; }

    public string? TargetProduct { get; set; }

    public string? TargetProductRevenuePercent { get; set; }

    public string? TargetProductCccCode { get; set; }

    public string? ProcessDescription { get; set; }

    public string? FootprintReason { get; set; }

    public string? TeamDescription { get; set; }

    public string? ExecutiveName { get; set; }

    public string? ExecutiveTitle { get; set; }

    public sealed class ProductLine
    {
        public string? Name { get; set; }

        public string? Output { get; set; }

        public string? Unit { get; set; }
    }

    public sealed class ServiceChoice
    {
        public string? Key { get; set; }

        public bool Chosen { get; set; }
    }
}
