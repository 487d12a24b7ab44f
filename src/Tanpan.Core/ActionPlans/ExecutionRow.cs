namespace Tanpan.Core.ActionPlans;

/// <summary>
/// One row of seed 002's 表2 (by 政策內涵) or 表3 (by 主辦機關): the key (a policy code or an agency name), its label, and
/// the tallies of 實質減量 (A), 能力建構 (B) and both (C = A + B). <see cref="Measures"/> counts every measure of the
/// row, assessed or not.
/// </summary>
public sealed record ExecutionRow(string Key, string Label, ExecutionTally Reduction, ExecutionTally Capacity, int Measures)
{
    /// <summary>總項數 (C = A + B).</summary>
    public ExecutionTally Total => Reduction + Capacity;
}
