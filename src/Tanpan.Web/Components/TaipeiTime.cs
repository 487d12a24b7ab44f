using System.Globalization;

namespace Tanpan.Web.Components;

/// <summary>Times shown to users: stored in UTC, shown in Taiwan's time (Asia/Taipei, UTC+8, no daylight saving since 1980).</summary>
public static class TaipeiTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Taipei", out var zone)
        ? zone
        : TimeZoneInfo.CreateCustomTimeZone("Asia/Taipei", TimeSpan.FromHours(8), "Asia/Taipei", "Asia/Taipei");

    public static DateTimeOffset Of(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Zone);

    /// <summary>Date and time to the second in Taipei, written the current culture's way ("G").</summary>
    public static string Format(DateTimeOffset time) => Of(time).ToString("G", CultureInfo.CurrentCulture);
}
