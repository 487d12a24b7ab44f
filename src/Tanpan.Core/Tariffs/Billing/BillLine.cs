using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs.Billing;

/// <summary>One line of the bill: what, how much, at what rate, and the amount (whole NT$ as printed, and exact).</summary>
public sealed record BillLine(BillGroup Group, string Key, string LabelZh, string LabelEn, decimal Quantity, string Unit, decimal Rate,
    decimal Share, decimal ExactNtd)
{
    /// <summary>The amount as the bill prints it: whole NT$, half away from zero.</summary>
    public decimal AmountNtd => Rounding.Round(ExactNtd, 0);
}
