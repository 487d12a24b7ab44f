namespace Tanpan.Core.Tariffs;

/// <summary>Supply voltage class of a Taipower contract: 低壓, 高壓 (11.4–22.8 kV), 特高壓 (69 kV and up).</summary>
public enum Voltage
{
    Low,
    High,
    ExtraHigh,
}
