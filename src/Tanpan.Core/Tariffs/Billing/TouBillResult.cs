namespace Tanpan.Core.Tariffs.Billing;

/// <summary>A month's bill: its lines and their sums by group. <see cref="TotalNtd"/> is the sum of every line's printed amount.</summary>
public sealed record TouBillResult(BillPlan Plan, int Year, int Month, int Days, int SummerDays, decimal? PowerFactorPercent,
    IReadOnlyList<BillLine> Lines, BillInput Input)
{
    public decimal EnergyChargeNtd => Sum(BillGroup.EnergyCharge);

    public decimal BasicFeeNtd => Sum(BillGroup.BasicFee);

    public decimal OverContractNtd => Sum(BillGroup.OverContract);

    public decimal PowerFactorAdjustmentNtd => Sum(BillGroup.PowerFactor);

    /// <summary>The 電價調整係數 line (附錄一); 0 without a factor.</summary>
    public decimal AdjustmentNtd => Sum(BillGroup.Adjustment);

    public decimal TotalNtd => Lines.Sum(l => l.AmountNtd);

    private decimal Sum(BillGroup g) => Lines.Where(l => l.Group == g).Sum(l => l.AmountNtd);
}
