using System.Globalization;

namespace Tanpan.Core.Time;

/// <summary>
/// Taiwan's time, in which every date, month and time of day of the application is meant: instants are stored in UTC and shown,
/// grouped into days and months, and priced by time of use in Asia/Taipei. Taiwan has kept UTC+08:00 without daylight saving since
/// 1980, so <see cref="Offset"/> serves the arithmetic on Unix seconds; conversions of instants go through <see cref="Zone"/>.
/// </summary>
public static class TaipeiTime
{
    /// <summary>UTC+08:00 in seconds: local time = Unix seconds + this.</summary>
    public const int OffsetSeconds = 8 * 3600;

    /// <summary>UTC+08:00.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromSeconds(OffsetSeconds);

    /// <summary>The system's Asia/Taipei zone, or a fixed UTC+08:00 zone of the same id where the system has no time-zone data.</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Taipei", out var zone)
        ? zone
        : TimeZoneInfo.CreateCustomTimeZone("Asia/Taipei", Offset, "Asia/Taipei", "Asia/Taipei");

    /// <summary>The same instant with Taipei's offset.</summary>
    public static DateTimeOffset Of(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>A Unix time (seconds since 1970-01-01T00:00Z) as a Taipei time.</summary>
    public static DateTimeOffset OfUnixSeconds(long unixSeconds) => Of(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

    /// <summary>The instant at which Taipei's clocks show <paramref name="local"/> (its <see cref="DateTime.Kind"/> is ignored).</summary>
    public static DateTimeOffset At(DateTime local)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(wall, Zone.GetUtcOffset(wall));
    }

    /// <summary>The date in Taipei now.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(Of(clock.GetUtcNow()).DateTime);
    }

    /// <summary>Date and time to the second in Taipei, written the current culture's way ("G").</summary>
    public static string Format(DateTimeOffset instant) => Of(instant).ToString("G", CultureInfo.CurrentCulture);
}
