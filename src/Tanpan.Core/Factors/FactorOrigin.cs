namespace Tanpan.Core.Factors;

/// <summary>
/// Where a factor comes from. When several factors fit a row, the higher origin wins:
/// <see cref="SelfMeasured"/> over <see cref="Supplier"/> over <see cref="Shipped"/> (the MOENV
/// data-quality ladder: own measurement or mass balance, then manufacturer/supplier, then national).
/// </summary>
public enum FactorOrigin
{
    /// <summary>A factor from a set shipped with Tanpan (MOENV, IPCC, 能源署).</summary>
    Shipped = 0,

    /// <summary>Supplier- or manufacturer-specific (e.g. a steam supplier's certificate).</summary>
    Supplier = 1,

    /// <summary>Developed by the plant itself (measurement or mass balance).</summary>
    SelfMeasured = 2,
}
