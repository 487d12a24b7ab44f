namespace Tanpan.Core.Gases;

/// <summary>The seven greenhouse gases (groups) regulated in Taiwan and reported in the MOENV 清冊 彙總表.</summary>
public enum GasGroup
{
    CO2,
    CH4,
    N2O,
    HFCs,
    PFCs,
    SF6,
    NF3,
}
