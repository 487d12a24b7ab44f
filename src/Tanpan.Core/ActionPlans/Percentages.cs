namespace Tanpan.Core.ActionPlans;

/// <summary>
/// How seed 002 prints its rates and amounts: rates in whole per cent (表2, 表3 「100%」; 表5 「39%」「24%」, where
/// 202,038 ÷ 856,901 = 23.58 % prints 24 %, so rounding, not truncation), half away from zero like Excel's ROUND.
/// </summary>
public static class Percentages
{
    /// <summary><paramref name="fraction"/> (0.2358) as whole per cent (24), half away from zero.</summary>
    public static int Whole(decimal fraction) => (int)Math.Round(fraction * 100m, 0, MidpointRounding.AwayFromZero);
}
