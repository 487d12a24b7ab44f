namespace Tanpan.Core.Factors;

/// <summary>What a material is, which decides how a factor is found for it.</summary>
public enum MaterialKind
{
    Fuel,
    Electricity,
    Steam,
    Refrigerant,
    Other,
}
