namespace Tanpan.Core.Inventory;

/// <summary>A problem with one row: line as in the file (header = 1), the column, and the reason in Chinese and English.</summary>
public sealed record ActivityIssue(int Line, string Column, string MessageZh, string MessageEn)
{
    public override string ToString() => $"line {Line}, {Column}: {MessageZh} / {MessageEn}";
}
