using System.Globalization;
using Tanpan.Core.Organisations;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// Reads an <see cref="ApplicationInput"/> against a programme's services: every field of 附表1 as the paper form asks
/// it, the tick-one rule (「僅限勾選一項，中堅企業不限」), the stage of 現場支援 (七擇一), the service dates, 附表2/附表3 for
/// the footprint service, and each chosen service's eligibility rules. All problems are reported at once; the result
/// is either errors or complete, unsaved rows.
/// </summary>
internal static partial class ApplicationValidator
{
    public sealed record Parsed(ProgrammeApplication Application, List<ProgrammeApplicationProduct> Products, List<(ProgrammeService Service, string? Stage)> Choices);

    public static (Parsed? Result, FieldErrors Errors) Validate(ApplicationInput input, IReadOnlyList<ProgrammeService> services, DateOnly today, string culture)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var a = new ProgrammeApplication
        {
            FactoryName = errors.Text("factoryName", input.FactoryName, 300, required: true) ?? "",
            TaxId = "", IndustryCode = "", Address = "", RepresentativeName = "", ContactName = "", Phone = "", Email = "", Culture = culture,
        };
        a.IsMidSizedBackbone = input.MidSized switch
        {
            "yes" => true,
            "no" => false,
            _ => Fail(errors, "midSized", "請勾選是否為中堅企業。", "Say whether the company is a 中堅企業 (mid-sized backbone enterprise)."),
        };
        var taxId = errors.Text("taxId", input.TaxId, 20, required: true)?.Replace(" ", "", StringComparison.Ordinal);
        if (taxId is not null && !TaxId.IsValid(taxId))
        {
            errors.Add("taxId", "統一編號須為 8 位數字且通過財政部檢查碼規則。", "The 統一編號 must be 8 digits that pass the Ministry of Finance check.");
        }

        a.TaxId = taxId ?? "";
        a.FactoryRegistrationNumber = errors.Text("factoryRegistrationNumber", input.FactoryRegistrationNumber, 100);
        a.IndustryCode = errors.Text("industryCode", input.IndustryCode, 2, required: true) ?? "";
        if (a.IndustryCode.Length > 0 && !IndustryCodes.All.Any(c => c.Code == a.IndustryCode))
        {
            errors.Add("industryCode", "請從清單選擇產業別（08–33）。", "Choose an industry from the list (08–33).");
        }

        a.IndustrialPark = errors.Text("industrialPark", input.IndustrialPark, 100);
        a.Address = errors.Text("address", input.Address, 300, required: true) ?? "";
        a.CapitalTenThousandNtd = NonNegative(errors, "capital", input.Capital, required: true) ?? 0m;
        a.RepresentativeName = errors.Text("representativeName", input.RepresentativeName, 100, required: true) ?? "";
        a.RepresentativeTitle = errors.Text("representativeTitle", input.RepresentativeTitle, 100);
        a.ContactName = errors.Text("contactName", input.ContactName, 100, required: true) ?? "";
        a.ContactTitle = errors.Text("contactTitle", input.ContactTitle, 100);
        a.Phone = errors.Text("phone", input.Phone, 100, required: true) ?? "";
        a.Fax = errors.Text("fax", input.Fax, 100);
        a.Email = errors.Text("email", input.Email, 256, required: true) ?? "";
        if (a.Email.Length > 0 && !EmailShape().IsMatch(a.Email))
        {
            errors.Add("email", "電子郵件格式不正確（例：name@example.com.tw）。", "The e-mail address is not valid (e.g. name@example.com).");
        }

        a.Employees = Whole(errors, "employees", input.Employees) ?? 0;
        ReadShares(errors, input, a);
        var products = ReadProducts(errors, input);
        a.PreferredVisitMonths = ReadMonths(errors, input.PreferredVisitMonths);
        (a.IsFirstBatchSource, a.IsSupplyChainMember, a.IsCbamExposed) = (input.IsFirstBatchSource, input.IsSupplyChainMember, input.IsCbamExposed);
        (a.IsRenewableGenerationProject, a.FootprintProductMadeAtFactory) = (input.IsRenewableGenerationProject, input.FootprintProductMadeAtFactory);
        (a.HasOffsetExperience, a.ReductionSiteIsFirstBatch) = (input.HasOffsetExperience, input.ReductionSiteIsFirstBatch);
        a.PersonalDataConsent = input.PersonalDataConsent;
        if (!input.PersonalDataConsent)
        {
            errors.Add("personalDataConsent", "須同意提供個人資料（個人資料提供同意書）才能申請。", "You must agree to the personal-data consent to apply.");
        }

        var choices = ReadChoices(errors, input, services, a.IsMidSizedBackbone, today);
        if (choices.Any(c => c.Service.RequiresFootprintForms))
        {
            ReadFootprintForms(errors, input, a);
        }

        if (!errors.Any)
        {
            foreach (var (service, _) in choices)
            {
                foreach (var outcome in EligibilityRules.Keys(service.EligibilityRules).Select(k => EligibilityRules.Check(k, a)).Where(o => o.Result == RuleResult.NotMet))
                {
                    errors.Add($"service-{service.Key}", $"{service.NameZh}：{outcome.Chinese}", $"{service.NameEn}: {outcome.English}");
                }
            }
        }

        return errors.Any ? (null, errors) : (new Parsed(a, products, choices), errors);
    }

    private static bool Fail(FieldErrors errors, string field, string zh, string en)
    {
        errors.Add(field, zh, en);
        return false;
    }

    private static List<(ProgrammeService Service, string? Stage)> ReadChoices(FieldErrors errors, ApplicationInput input, IReadOnlyList<ProgrammeService> services, bool midSized, DateOnly today)
    {
        var chosenKeys = input.Services.Where(c => c.Chosen && c.Key is not null).Select(c => c.Key!).ToHashSet(StringComparer.Ordinal);
        var chosen = services.Where(s => chosenKeys.Contains(s.Key)).OrderBy(s => s.Position).ToList();
        if (chosen.Count == 0)
        {
            errors.Add("services", "請勾選欲申請之輔導項目。", "Choose the service you apply for.");
        }
        else if (chosen.Count > 1 && !midSized)
        {
            // 附表1: 「★請勾選欲申請之輔導項目(僅限勾選一項，中堅企業不限)。」
            errors.Add("services", "僅限勾選一項輔導項目（中堅企業不限）。", "Choose one service only (a 中堅企業 may choose more).");
        }

        foreach (var s in chosen.Where(s => today < s.OpensOn || (s.ClosesOn is { } closes && today > closes)))
        {
            errors.Add($"service-{s.Key}", $"{s.NameZh}目前不受理申請。", $"{s.NameEn} is not taking applications now.");
        }

        string? stage = null;
        if (chosen.Any(s => s.HasStages))
        {
            stage = OffsetStages.Find(input.Stage)?.Key;
            if (stage is null)
            {
                errors.Add("stage", "抵換專案現場支援請從七個階段中擇一。", "For on-site offset support choose one of the seven stages.");
            }
        }

        return [.. chosen.Select(s => (s, s.HasStages ? stage : null))];
    }

    private static void ReadFootprintForms(FieldErrors errors, ApplicationInput input, ProgrammeApplication a)
    {
        var answers = input.Form2.Take(5).ToList();
        if (answers.Count < 5 || answers.Any(x => x is not ("1" or "0")))
        {
            errors.Add("form2", "請回答認知同意表（附表2）全部 5 項。", "Answer all five items of the consent form (Form 2).");
        }
        else
        {
            a.Form2Answers = string.Concat(answers);
        }

        a.Revenue1 = NonNegative(errors, "revenue1", input.Revenue1, required: false);
        a.Revenue2 = NonNegative(errors, "revenue2", input.Revenue2, required: false);
        a.Revenue3 = NonNegative(errors, "revenue3", input.Revenue3, required: false);
        a.TopSuppliers = errors.Text("topSuppliers", input.TopSuppliers, 2000);
        a.TopCustomers = errors.Text("topCustomers", input.TopCustomers, 2000);
        a.TargetProduct = errors.Text("targetProduct", input.TargetProduct, 2000, required: true);   // 附表3 二.1 (必要)
        a.TargetProductRevenuePercent = Percent(errors, "targetProductRevenuePercent", input.TargetProductRevenuePercent, required: true); // 二.3 (必要)
        a.TargetProductCccCode = errors.Text("targetProductCccCode", input.TargetProductCccCode, 100);  // 二.4 (選項)
        a.ProcessDescription = errors.Text("processDescription", input.ProcessDescription, 2000);
        a.FootprintReason = errors.Text("footprintReason", input.FootprintReason, 2000);
        a.TeamDescription = errors.Text("teamDescription", input.TeamDescription, 2000);
        a.ExecutiveName = errors.Text("executiveName", input.ExecutiveName, 100);
        a.ExecutiveTitle = errors.Text("executiveTitle", input.ExecutiveTitle, 100);
    }

    private static string? ReadMonths(FieldErrors errors, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var months = new SortedSet<int>();
        foreach (var part in text.Split([',', '、', '，', ' ', '月'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
            {
                errors.Add("preferredVisitMonths", "訪廠月份請填 1–12 的數字，以逗號分隔（例：3, 4, 9）。", "Give visit months as numbers 1–12 separated by commas (e.g. 3, 4, 9).");
                return null;
            }

            months.Add(month);
        }

        return months.Count == 0 ? null : string.Join(',', months.Select(m => m.ToString(CultureInfo.InvariantCulture)));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial System.Text.RegularExpressions.Regex EmailShape();
}
