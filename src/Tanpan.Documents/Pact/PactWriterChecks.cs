using System.Text.RegularExpressions;

namespace Tanpan.Documents.Pact;

/// <summary>What both versions need before a footprint is written, each with a message naming the field.</summary>
internal static partial class PactWriterChecks
{
    public static void Check(PactFootprint f)
    {
        ArgumentNullException.ThrowIfNull(f);
        NonEmpty("companyName", f.CompanyName, "公司名稱");
        NonEmpty("productNameCompany", f.ProductName, "產品名稱");
        Urns("companyIds", f.CompanyIds, "公司識別碼");
        Urns("productIds", f.ProductIds, "產品識別碼");
        if (f.ProductClassifications.Any(c => !PactUrns.IsUrn(c)))
        {
            throw new PactFormatException("productClassifications", "產品分類須為 URN", "each classification must be a URN");
        }

        if (f.DeclaredUnitAmount <= 0)
        {
            throw new PactFormatException("pcf.declaredUnitAmount", "宣告單位數量須大於 0", "must be greater than 0");
        }

        if (f.ProductMassPerDeclaredUnit < 0)
        {
            throw new PactFormatException("pcf.productMassPerDeclaredUnit", "每宣告單位質量不可為負", "must not be negative");
        }

        if (f.ReferencePeriodEnd <= f.ReferencePeriodStart)
        {
            throw new PactFormatException("pcf.referencePeriodEnd", "盤查期間結束須晚於開始", "must be after referencePeriodStart");
        }

        if (f.CrossSectoralStandards.Count == 0)
        {
            throw new PactFormatException("pcf.crossSectoralStandards", "至少須列一項跨產業標準", "needs at least one standard");
        }

        if (f.CharacterizationFactors.Count == 0 || f.CharacterizationFactors.Any(c => !ArPattern().IsMatch(c)))
        {
            throw new PactFormatException("pcf.ipccCharacterizationFactors", "須為 AR5、AR6 等 IPCC 評估報告", "must list IPCC reports such as AR6");
        }

        if (f.ExemptedEmissionsPercent is < 0 or > 100 || f.PrimaryDataShare is < 0 or > 100)
        {
            throw new PactFormatException("pcf.exemptedEmissionsPercent", "百分比須介於 0 與 100", "percentages must lie between 0 and 100");
        }

        if (f.BiogenicCO2Uptake > 0)
        {
            throw new PactFormatException("pcf.biogenicCO2Uptake", "生質二氧化碳吸收量須為 0 或負值", "an uptake is 0 or negative");
        }
    }

    private static void NonEmpty(string path, string value, string zh)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new PactFormatException(path, $"{zh}不可空白", "must not be empty");
        }
    }

    private static void Urns(string path, IReadOnlyList<string> values, string zh)
    {
        if (values.Count == 0 || values.Any(v => !PactUrns.IsUrn(v)))
        {
            throw new PactFormatException(path, $"{zh}須至少一個，且皆為 URN（urn:…）", "needs at least one id, each a URN (urn:…)");
        }
    }

    [GeneratedRegex(@"^AR\d+$")]
    private static partial Regex ArPattern();
}
