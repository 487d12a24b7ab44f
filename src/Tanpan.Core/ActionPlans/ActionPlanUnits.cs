using Tanpan.Core.Units;

namespace Tanpan.Core.ActionPlans;

/// <summary>
/// The units of seed 002: money in 萬元 (NT$10,000), measure reductions in 萬公噸 CO₂e (10,000 t), sector emissions in
/// 百萬公噸 CO₂e (1,000,000 t). Converters both ways so that the model holds base quantities only.
/// </summary>
public static class ActionPlanUnits
{
    /// <summary>One 萬 (10,000).</summary>
    public const decimal TenThousand = 10_000m;

    /// <summary>One 百萬 (1,000,000).</summary>
    public const decimal Million = 1_000_000m;

    public static Quantity<Money> FromTenThousandDollars(decimal value) => Quantity<Money>.FromBase(value * TenThousand);

    public static decimal InTenThousandDollars(Quantity<Money> value) => value.BaseValue / TenThousand;

    public static Co2e FromTenThousandTonnes(decimal value) => Co2e.FromTonnes(value * TenThousand);

    public static decimal InTenThousandTonnes(Co2e value) => value.Tonnes / TenThousand;

    public static Co2e FromMillionTonnes(decimal value) => Co2e.FromTonnes(value * Million);

    public static decimal InMillionTonnes(Co2e value) => value.Tonnes / Million;
}
