using System.Globalization;
using Microsoft.Extensions.Localization;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Pact;

/// <summary>How the sharing pages write figures, statuses and times (Taipei time, the page's culture).</summary>
internal static class PactPageText
{
    private static readonly TimeZoneInfo Taiwan = Tanpan.Core.Time.TaipeiTime.Zone;

    public static string Taipei(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Taiwan).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Taiwan).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"13.12 kg CO₂e / 公斤".</summary>
    public static string Figure(PactPublishedFootprint f, IStringLocalizer<PactResource> text) =>
        $"{f.PcfExcludingBiogenicUptake.ToString("0.####", CultureInfo.CurrentCulture)} kg CO₂e / {text["Unit_" + f.DeclaredUnit.Replace(' ', '_')]}";

    public static string Status(string status, IStringLocalizer<PactResource> text) => text[status == "Deprecated" ? "StatusDeprecated" : "StatusActive"];

    public static string Outcome(string outcome, IStringLocalizer<PactResource> text) => text["Outcome" + outcome];

    public static string EventKind(string type, IStringLocalizer<PactResource> text) => text[
        type.Contains("RequestCreated", StringComparison.Ordinal) || type.EndsWith("Request.Created.v1", StringComparison.Ordinal) ? "EventRequest"
        : type.Contains("Fulfilled", StringComparison.Ordinal) ? "EventFulfilled"
        : type.Contains("Rejected", StringComparison.Ordinal) ? "EventRejected"
        : "EventPublished"];
}
