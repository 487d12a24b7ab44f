namespace Tanpan.Core.CarbonFee;

/// <summary>The keys of <see cref="CarbonCreditKind"/> used in data files, the CLI and JSON: voluntary, offset, early_action, foreign.</summary>
public static class CarbonCreditKinds
{
    public static string Key(CarbonCreditKind kind) => kind switch
    {
        CarbonCreditKind.Voluntary => "voluntary",
        CarbonCreditKind.Offset => "offset",
        CarbonCreditKind.EarlyAction => "early_action",
        CarbonCreditKind.Foreign => "foreign",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind named by <paramref name="key"/> (case-insensitive), or <see langword="null"/>.</summary>
    public static CarbonCreditKind? Parse(string key) =>
        Enum.GetValues<CarbonCreditKind>().Select(k => (CarbonCreditKind?)k).FirstOrDefault(k => string.Equals(Key(k!.Value), key.Trim(), StringComparison.OrdinalIgnoreCase));
}
