namespace Tanpan.Core.Factors;

/// <summary>A material (原燃物料) with its MOENV Chinese name, English name and accepted aliases.</summary>
public sealed record Material(string Key, string NameZh, string NameEn, MaterialKind Kind, IReadOnlyList<string> Aliases)
{
    public override string ToString() => $"{NameZh} ({Key})";
}
