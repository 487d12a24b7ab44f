namespace Tanpan.Core.Sources;

/// <summary>
/// How a source emits (排放型式). Stationary and mobile combustion share CO₂ factors but differ in
/// CH₄ and N₂O; electricity and steam factors are already CO₂e.
/// </summary>
public enum SourceType
{
    /// <summary>固定燃燒 — boilers, furnaces, generators.</summary>
    Stationary,

    /// <summary>移動燃燒 — vehicles and mobile machinery.</summary>
    Mobile,

    /// <summary>製程 — process emissions (welding, acetylene, CO₂ gas).</summary>
    Process,

    /// <summary>逸散 — refrigerants, extinguishers, septic tanks.</summary>
    Fugitive,

    /// <summary>外購電力 — purchased electricity (ISO category 2).</summary>
    Electricity,

    /// <summary>外購蒸汽 — purchased steam or heat (ISO category 2).</summary>
    Steam,
}
