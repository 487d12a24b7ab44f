using Tanpan.Web.Features.Programmes;

namespace Tanpan.Web.Tests.Features.Programmes;

/// <summary>Filled 附表1 forms for the tests: a small textile dyeing factory (made up; the tax id passes the checksum).</summary>
internal static class Applicants
{
    /// <summary>
    /// Valid 統一編號 built by hand: 2,2,0,9,9,1,3,x × 1,2,1,2,1,2,4,1 → digit sums 2+4+0+9+9+2+3 = 29, so the last digit
    /// 1 makes 30 (divisible by 5 and 10); <paramref name="n"/> varies the name only.
    /// </summary>
    public static ApplicationInput Form(string service, int n = 1, bool midSized = false) => new()
    {
        FactoryName = $"測試染整股份有限公司第{n}廠",
        MidSized = midSized ? "yes" : "no",
        TaxId = "22099131",
        FactoryRegistrationNumber = "99-612345",
        IndustryCode = "11",
        IndustrialPark = "觀音工業區",
        Address = "桃園市觀音區工業三路 1 號",
        Capital = "3,000",
        RepresentativeName = "王大明",
        RepresentativeTitle = "董事長",
        ContactName = "林小姐",
        ContactTitle = "環安課長",
        Phone = "03-4830000",
        Email = "lin@example.com.tw",
        Employees = "85",
        DomesticPercent = "60",
        ExportPercent = "40",
        ExportUsPercent = "10",
        ExportJapanPercent = "10",
        ExportEuropePercent = "15",
        ExportOtherPercent = "5",
        Products = [new() { Name = "染色布", Output = "1,200", Unit = "公噸" }, new(), new()],
        Services = [new() { Key = service, Chosen = true }],
        PreferredVisitMonths = "3, 4",
        PersonalDataConsent = true,
    };
}
