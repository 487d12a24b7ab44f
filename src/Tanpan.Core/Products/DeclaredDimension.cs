namespace Tanpan.Core.Products;

/// <summary>What a <see cref="DeclaredUnit"/> measures; base units kg, m³, MJ, piece and m².</summary>
public enum DeclaredDimension
{
    Count,
    Mass,
    Area,
    Volume,
    Energy,
}
