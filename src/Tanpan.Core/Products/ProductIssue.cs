namespace Tanpan.Core.Products;

/// <summary>
/// Why footprints cannot be calculated: a stable message <see cref="Key"/> (e.g. <c>product.bom.cycle</c>) for
/// resource lookups, the <see cref="Subject"/> it is about (a product code, a BOM line), and the message in
/// Traditional Chinese and English.
/// </summary>
public sealed record ProductIssue(string Key, string Subject, string MessageZh, string MessageEn)
{
    /// <summary>The line in the input file (header = 1) when the issue is about one, else 0.</summary>
    public int Line { get; init; }

    public override string ToString() => $"{Key} [{Subject}] {MessageZh} / {MessageEn}";
}
