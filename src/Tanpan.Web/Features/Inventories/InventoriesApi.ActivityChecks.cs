using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Units;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Inventories;

/// <summary>The checks of an activity request and the amount estimated from money paid.</summary>
public static partial class InventoriesApi
{
    /// <summary>Checks the request and, when every field is right, copies it to the entry. Fields are named <paramref name="prefix"/> + name.</summary>
    private static bool Apply(ActivityEntry entry, EmissionSource source, ActivityRequest request, FactorLibrary library, FieldErrors errors, string prefix = "")
    {
        var local = new FieldErrors();
        if (request.Year is not (>= 1990 and <= 2100))
        {
            local.Add(prefix + "year", "年度須為西元 1990–2100。", "The year must be between 1990 and 2100 AD.");
        }

        if (request.Month is not null and not (>= 1 and <= 12))
        {
            local.Add(prefix + "month", "月份須為 1–12，或留空表示全年。", "The month must be 1 to 12, or empty for a whole year.");
        }

        var estimate = Estimate(request, local, prefix);
        if (request.AmountPaidNtd is null && request.UnitPriceNtd is null && (request.Amount is not decimal amount || amount < 0))
        {
            local.Add(prefix + "amount", "活動數據須為 0 或正數。", "The amount must be zero or more.");
        }

        var unitText = local.Text(prefix + "unit", request.Unit, 20, required: true);
        var material = library.Materials.FindByKey(source.MaterialKey);
        var unit = unitText is null ? null : UnitResolver.Resolve(unitText, ActivityRowReader.DuMeaning(material));
        if (unit is not null && material is not null && request.Year is >= 1990 and <= 2100
            && library.FindSet(source.InventoryYear!.FactorSetId) is { } set
            && library.Resolve(new FactorRequest(material, source.SourceType, request.Year.Value, source.EquipmentType), set, []).Factor is { } factor
            && ActivityUnitRule.Check(unit, unitText!, factor) is { } mismatch)
        {
            // The importer's and the calculation's own rule (Core), so no way in accepts what the results then refuse.
            local.Add(prefix + "unit", mismatch.MessageZh, mismatch.MessageEn);
        }

        if (unitText is not null && unit is null)
        {
            local.Add(prefix + "unit", UnitResolver.IsDu(unitText)
                    ? $"「{unitText}」只用於電力（kWh）或管線燃氣（m³），不適用於「{material?.NameZh}」。"
                    : $"不明的單位「{unitText}」。",
                UnitResolver.IsDu(unitText)
                    ? $"'{unitText}' means kWh for electricity or m³ for piped gas; it does not fit {material?.NameEn}."
                    : $"Unknown unit '{unitText}'.");
        }

        var dataSource = local.Text(prefix + "dataSourceMethod", request.DataSourceMethod, 100);
        var note = local.Text(prefix + "note", request.Note, 1000);
        var reason = local.Text(prefix + "overlapReason", request.OverlapReason, 500);
        if (local.Any)
        {
            errors.AddRange(local);
            return false;
        }

        if ((entry.Year, entry.Month) != (request.Year!.Value, request.Month))
        {
            entry.MeterId = null;   // a meter's entry moved to another period is the user's now; the sync writes the meter's month anew
        }

        (entry.Year, entry.Month, entry.Unit, entry.Note, entry.OverlapReason) = (request.Year!.Value, request.Month, unitText!, note, reason);
        (entry.Amount, entry.DataSourceMethod) = estimate is { } e ? (e, MoneyEstimate) : (request.Amount!.Value, dataSource);
        (entry.AmountPaidNtd, entry.UnitPriceNtd) = estimate is null ? (null, null) : (request.AmountPaidNtd, request.UnitPriceNtd);
        return true;
    }

    /// <summary>The data source of an amount estimated from NT$ paid; Core's quality grading maps it to its (low) levels.</summary>
    public const string MoneyEstimate = "採購金額回推用量";

    /// <summary>
    /// The amount of a receipt without a quantity: paid ÷ unit price, rounded half to even to 10 decimals (what the
    /// database keeps); null when neither is given (or either is wrong, with the field's message).
    /// </summary>
    internal static decimal? Estimate(ActivityRequest request, FieldErrors errors, string prefix = "")
    {
        var (paid, price) = (request.AmountPaidNtd, request.UnitPriceNtd);
        if (paid is null && price is null)
        {
            return null;
        }

        if (paid is null)
        {
            errors.Add(prefix + "amountPaidNtd", "以金額回推用量時須填寫支付金額（新臺幣）。", "To estimate from money paid, give the amount paid (NT$).");
        }
        else if (paid < 0)
        {
            errors.Add(prefix + "amountPaidNtd", "支付金額須為 0 或正數。", "The amount paid must be zero or more.");
        }

        if (price is null)
        {
            errors.Add(prefix + "unitPriceNtd", "以金額回推用量時須填寫單價（新臺幣／單位）。", "To estimate from money paid, give the unit price (NT$ per unit).");
        }
        else if (price <= 0)
        {
            errors.Add(prefix + "unitPriceNtd", "單價須大於 0。", "The unit price must be more than zero.");
        }

        if (request.Amount is not null)
        {
            errors.Add(prefix + "amount", "以金額回推用量時，活動數據由系統計算，請留空。", "When estimating from money paid, leave the amount empty: it is calculated.");
        }

        return paid is >= 0 && price is > 0 && request.Amount is null ? Math.Round(paid.Value / price.Value, 10, MidpointRounding.ToEven) : null;
    }
}
