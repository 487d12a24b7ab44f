using System.Globalization;
using Tanpan.Core.Units;

namespace Tanpan.Cli.Output;

/// <summary>Display formatting: tonnes with the one rounding rule, grouped thousands, invariant digits.</summary>
internal static class Numbers
{
    public static string Tonnes(Co2e value) => Rounding.Tonnes(value.Tonnes).ToString("#,##0.000", CultureInfo.InvariantCulture);

    public static string Percent(Co2e part, Co2e total) =>
        total.Kilograms == 0 ? "0.0" : Rounding.Round(part.Kilograms * 100m / total.Kilograms, 1).ToString("0.0", CultureInfo.InvariantCulture);
}
