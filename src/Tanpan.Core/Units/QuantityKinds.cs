namespace Tanpan.Core.Units;

/// <summary>A kind of quantity: its dimension and base unit. Implemented by the marker types <see cref="Mass"/>, <see cref="Volume"/>, <see cref="Energy"/>, <see cref="Money"/>.</summary>
public interface IQuantityKind
{
    static abstract Dimension Dimension { get; }

    static abstract Unit BaseUnit { get; }
}

/// <summary>Mass (fuel burned, gas emitted); base unit kilogram.</summary>
public readonly struct Mass : IQuantityKind
{
    public static Dimension Dimension => Dimension.Mass;

    public static Unit BaseUnit => Units.Kilogram;
}

/// <summary>Volume (fuel oil in 公秉, natural gas in 立方公尺); base unit cubic metre.</summary>
public readonly struct Volume : IQuantityKind
{
    public static Dimension Dimension => Dimension.Volume;

    public static Unit BaseUnit => Units.CubicMetre;
}

/// <summary>Energy (electricity in 度 = kWh, heat in GJ); base unit megajoule.</summary>
public readonly struct Energy : IQuantityKind
{
    public static Dimension Dimension => Dimension.Energy;

    public static Unit BaseUnit => Units.Megajoule;
}

/// <summary>Money in New Taiwan dollars; base unit NT$.</summary>
public readonly struct Money : IQuantityKind
{
    public static Dimension Dimension => Dimension.Money;

    public static Unit BaseUnit => Units.NewTaiwanDollar;
}
