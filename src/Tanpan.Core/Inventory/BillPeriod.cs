namespace Tanpan.Core.Inventory;

/// <summary>
/// A bill's period (計費期間), <b>both dates inclusive</b>: a Taipower bill printing 113/12/16 至 114/01/15 covers
/// 31 days, and the next bill starts on 114/01/16. A bill that restates the meter-reading day as the next bill's first
/// day counts that day in both bills; the split fractions are barely affected.
/// </summary>
/// <param name="From">First day billed.</param>
/// <param name="To">Last day billed (inclusive), on or after <paramref name="From"/>.</param>
public readonly record struct BillPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The longest period accepted: a year and a day (a longer one is almost surely a typing error).</summary>
    public const int MaxDays = 367;

    /// <summary>Days billed, both ends counted: To − From + 1.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>True when the period crosses 31 December, so its amount belongs to two inventory years.</summary>
    public bool CrossesYear => From.Year != To.Year;

    public override string ToString() => $"{From:yyyy-MM-dd}–{To:yyyy-MM-dd}";
}
