namespace Tanpan.Core.CarbonFee;

/// <summary>The keys of <see cref="CarbonFeeRate"/> in files and on the command line: general, A, B (case-insensitive).</summary>
public static class CarbonFeeRates
{
    public static CarbonFeeRate? Parse(string text) => text.Trim() switch
    {
        var t when t.Equals("general", StringComparison.OrdinalIgnoreCase) => CarbonFeeRate.General,
        var t when t.Equals("A", StringComparison.OrdinalIgnoreCase) => CarbonFeeRate.A,
        var t when t.Equals("B", StringComparison.OrdinalIgnoreCase) => CarbonFeeRate.B,
        _ => null,
    };

    public static string Key(CarbonFeeRate rate) => rate == CarbonFeeRate.General ? "general" : rate.ToString();
}
