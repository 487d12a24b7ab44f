using Tanpan.Core.Reduction.Measures;

namespace Tanpan.Core.Reduction;

/// <summary>Every measure calculator, in the order listings show them.</summary>
public static class MeasureCatalog
{
    public static IReadOnlyList<IMeasure> All { get; } =
    [
        new FuelSwitch(), new BoilerUpgrade(), new VariableSpeedDrive(), new EfficientMotor(), new AirCompressor(),
        new LedLighting(), new RooftopPv(), new HeatPump(), new WasteHeatRecovery(), new ChillerOptimisation(),
        new LoadShift(), new CustomMeasure(),
    ];

    public static IMeasure? Find(string? kind) => All.FirstOrDefault(m => string.Equals(m.Kind, kind?.Trim(), StringComparison.OrdinalIgnoreCase));
}
