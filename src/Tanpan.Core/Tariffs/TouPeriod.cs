namespace Tanpan.Core.Tariffs;

/// <summary>A pricing period: 尖峰, 半尖峰 (週六半尖峰 on Saturdays), 離峰, or the single rate of a non-time-of-use plan.</summary>
public enum TouPeriod
{
    Peak,
    SemiPeak,
    OffPeak,
    Flat,
}
