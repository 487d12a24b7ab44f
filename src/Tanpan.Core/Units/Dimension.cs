namespace Tanpan.Core.Units;

/// <summary>The physical dimension of a unit. Conversion is only defined inside one dimension.</summary>
public enum Dimension
{
    /// <summary>Mass; base unit kilogram.</summary>
    Mass,

    /// <summary>Volume; base unit cubic metre.</summary>
    Volume,

    /// <summary>Energy; base unit megajoule.</summary>
    Energy,

    /// <summary>Worked time of people on site; base unit person-hour (septic-tank activity).</summary>
    LaborTime,

    /// <summary>Money; base unit New Taiwan dollar.</summary>
    Money,
}
