namespace Tanpan.Core.Factors;

/// <summary>Why something in a row cannot be used, in Traditional Chinese and English, naming the column at fault.</summary>
public sealed record Problem(string Column, string MessageZh, string MessageEn)
{
    public override string ToString() => $"[{Column}] {MessageZh} / {MessageEn}";
}
