namespace Tanpan.Core.Cbam;

/// <summary>
/// A default value with the mark-up of the year of import (IR (EU) 2025/2621: 10 % in 2026, 20 % in 2027, 30 % from
/// 2028; fertilisers 1 %): <see cref="MarkedUp"/> = <see cref="CbamDefaultValue.Applicable"/> × (1 + mark-up), exact.
/// </summary>
public sealed record CbamDefaultForYear(CbamDefaultValue Value, int Year, decimal MarkupPercent)
{
    public decimal MarkedUp => Value.Applicable * (1m + MarkupPercent / 100m);

    public decimal MarkedUpDirect => Value.Direct * (1m + MarkupPercent / 100m);

    public decimal? MarkedUpIndirect => Value.Indirect * (1m + MarkupPercent / 100m);
}
