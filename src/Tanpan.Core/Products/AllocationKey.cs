namespace Tanpan.Core.Products;

/// <summary>
/// How a facility's emissions reach a product, in the order ISO 14044:2006 §4.3.4.2 (required by ISO 14067:2018
/// §6.4.6) prescribes: avoid allocation by direct assignment, else allocate by a physical relationship, else by
/// another relationship such as economic value.
/// </summary>
public enum AllocationKey
{
    /// <summary>The process or source serves this product only (step 1: subdivision).</summary>
    Direct,

    /// <summary>Physical: output mass = quantity × kg per declared unit (step 2).</summary>
    Mass,

    /// <summary>Physical: another stated physical quantity, e.g. machine hours (step 2).</summary>
    OtherPhysical,

    /// <summary>Economic: sales revenue (step 3).</summary>
    Economic,
}
