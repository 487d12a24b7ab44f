namespace Tanpan.Documents.Pact;

/// <summary>
/// PACT v3.0 CarbonFootprint.declaredUnitOfMeasurement. v2 knows only the first seven (v2.3 <c>declaredUnit</c>);
/// <see cref="Piece"/>, <see cref="Hour"/> and <see cref="MegabitSecond"/> came with v3 (PACT ADR 0033, 0040).
/// </summary>
public enum PactDeclaredUnit
{
    Liter,
    Kilogram,
    CubicMeter,
    KilowattHour,
    Megajoule,
    TonKilometer,
    SquareMeter,
    Piece,
    Hour,
    MegabitSecond,
}
