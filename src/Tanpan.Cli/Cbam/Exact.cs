namespace Tanpan.Cli.Cbam;

/// <summary>Exact decimals without the trailing zeros multiplication leaves (2.707 × 1.10 = 2.97770 → 2.9777); the value is unchanged.</summary>
internal static class Exact
{
    public static decimal Of(decimal value) => value / 1.000000000000000000000000000000000m;
}
