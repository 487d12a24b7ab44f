namespace Tanpan.Core.Tariffs;

/// <summary>Day type of a time-of-use plan; Sundays and off-peak holidays are priced alike (off-peak all day).</summary>
public enum DayType
{
    Weekday,
    Saturday,
    SundayHoliday,
}
