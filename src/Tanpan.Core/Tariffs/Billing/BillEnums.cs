namespace Tanpan.Core.Tariffs.Billing;

/// <summary>A period of a high/extra-high voltage time-of-use bill: its kWh and its maximum demand are metered apart.</summary>
public enum BillPeriod
{
    /// <summary>尖峰時間 (weekdays; for the variable-peak option, the designated days' 16:00–22:00).</summary>
    Peak,

    /// <summary>半尖峰時間 (weekdays, three-stage plans only).</summary>
    SemiPeak,

    /// <summary>週六半尖峰時間.</summary>
    SaturdaySemiPeak,

    /// <summary>離峰時間 (nights, Sundays and off-peak days).</summary>
    OffPeak,
}

/// <summary>A contract capacity kind of the tariff table (第五章 四、基本電費).</summary>
public enum ContractKind
{
    /// <summary>經常契約.</summary>
    Regular,

    /// <summary>半尖峰契約 (three-stage).</summary>
    SemiPeak,

    /// <summary>非夏月契約 (two-stage and batch).</summary>
    NonSummer,

    /// <summary>週六半尖峰契約.</summary>
    SaturdaySemiPeak,

    /// <summary>離峰契約.</summary>
    OffPeak,
}

/// <summary>The group a bill line adds to.</summary>
public enum BillGroup
{
    BasicFee,
    EnergyCharge,
    OverContract,
    PowerFactor,

    /// <summary>電價調整係數 (附錄一): the bill × (factor − 1).</summary>
    Adjustment,
}

/// <summary>Command-line and JSON words for the bill's enums.</summary>
public static class BillKeys
{
    public static string Key(BillPeriod p) => p switch
    {
        BillPeriod.Peak => "peak",
        BillPeriod.SemiPeak => "semi_peak",
        BillPeriod.SaturdaySemiPeak => "saturday_semi_peak",
        _ => "off_peak",
    };

    public static string Key(ContractKind k) => k switch
    {
        ContractKind.Regular => "regular",
        ContractKind.SemiPeak => "semi_peak",
        ContractKind.NonSummer => "non_summer",
        ContractKind.SaturdaySemiPeak => "saturday_semi_peak",
        _ => "off_peak",
    };

    public static string Key(BillGroup g) => g switch
    {
        BillGroup.BasicFee => "basic_fee",
        BillGroup.EnergyCharge => "energy_charge",
        BillGroup.OverContract => "over_contract",
        BillGroup.Adjustment => "adjustment_factor",
        _ => "power_factor_adjustment",
    };

    public static string Zh(BillPeriod p) => p switch
    {
        BillPeriod.Peak => "尖峰",
        BillPeriod.SemiPeak => "半尖峰",
        BillPeriod.SaturdaySemiPeak => "週六半尖峰",
        _ => "離峰",
    };

    public static string En(BillPeriod p) => p switch
    {
        BillPeriod.Peak => "peak",
        BillPeriod.SemiPeak => "semi-peak",
        BillPeriod.SaturdaySemiPeak => "Saturday semi-peak",
        _ => "off-peak",
    };

    public static string Zh(ContractKind k) => k switch
    {
        ContractKind.Regular => "經常契約",
        ContractKind.SemiPeak => "半尖峰契約",
        ContractKind.NonSummer => "非夏月契約",
        ContractKind.SaturdaySemiPeak => "週六半尖峰契約",
        _ => "離峰契約",
    };

    public static string En(ContractKind k) => k switch
    {
        ContractKind.Regular => "regular contract",
        ContractKind.SemiPeak => "semi-peak contract",
        ContractKind.NonSummer => "non-summer contract",
        ContractKind.SaturdaySemiPeak => "Saturday semi-peak contract",
        _ => "off-peak contract",
    };

    public static BillPeriod? ParsePeriod(string text) => Normalise(text) switch
    {
        "peak" => BillPeriod.Peak,
        "semi_peak" => BillPeriod.SemiPeak,
        "saturday_semi_peak" or "saturday" => BillPeriod.SaturdaySemiPeak,
        "off_peak" => BillPeriod.OffPeak,
        _ => null,
    };

    public static ContractKind? ParseContract(string text) => Normalise(text) switch
    {
        "regular" => ContractKind.Regular,
        "semi_peak" => ContractKind.SemiPeak,
        "non_summer" => ContractKind.NonSummer,
        "saturday_semi_peak" or "saturday" => ContractKind.SaturdaySemiPeak,
        "off_peak" => ContractKind.OffPeak,
        _ => null,
    };

    private static string Normalise(string text) => text.Trim().Replace('-', '_').ToLowerInvariant();
}
