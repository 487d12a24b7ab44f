namespace Tanpan.Core.CarbonFee;

/// <summary>
/// The rate a plant pays (MOENV 費率公告 113/10/07): general NT$300/t; preferential A NT$50/t (approved
/// 自主減量計畫 meeting the 行業別指定削減率); preferential B NT$100/t (meeting the 技術標竿指定削減率).
/// </summary>
public enum CarbonFeeRate
{
    General,
    A,
    B,
}
