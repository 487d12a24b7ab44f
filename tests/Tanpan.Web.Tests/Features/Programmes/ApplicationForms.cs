namespace Tanpan.Web.Tests.Features.Programmes;

/// <summary>附表1 as a browser posts it from /apply/{id} (the names the page renders).</summary>
internal static class ApplicationForms
{
    public static Dictionary<string, string> Inventory(string email = "lin@example.com.tw") => new()
    {
        ["Input.FactoryName"] = "測試染整股份有限公司",
        ["Input.MidSized"] = "no",
        ["Input.TaxId"] = "22099131",
        ["Input.FactoryRegistrationNumber"] = "99-612345",
        ["Input.IndustryCode"] = "11",
        ["Input.Address"] = "桃園市觀音區工業三路 1 號",
        ["Input.Capital"] = "3000",
        ["Input.RepresentativeName"] = "王大明",
        ["Input.ContactName"] = "林小姐",
        ["Input.Phone"] = "03-4830000",
        ["Input.Email"] = email,
        ["Input.Employees"] = "85",
        ["Input.DomesticPercent"] = "100",
        ["Input.ExportPercent"] = "0",
        ["Input.Products[0].Name"] = "染色布",
        ["Input.Products[0].Output"] = "1200",
        ["Input.Products[0].Unit"] = "公噸",
        ["Input.Services[0].Key"] = "inventory",
        ["Input.Services[0].Chosen"] = "true",
        ["Input.PersonalDataConsent"] = "true",
    };
}
