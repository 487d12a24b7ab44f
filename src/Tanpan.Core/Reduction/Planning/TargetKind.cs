namespace Tanpan.Core.Reduction.Planning;

/// <summary>What a target limits: absolute emissions (t CO₂e a year) or intensity (t CO₂e per unit of output).</summary>
public enum TargetKind
{
    Absolute,
    Intensity,
}
