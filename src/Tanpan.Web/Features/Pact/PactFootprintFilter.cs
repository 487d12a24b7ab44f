using System.Globalization;
using Microsoft.Extensions.Primitives;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Pact;

/// <summary>
/// The ListFootprints filter criteria (PACT v3.0 <c>/3/footprints</c> "Filtering", the same criteria as a
/// RequestCreatedEvent's data): each criterion matches when any of its values matches (OR), and a footprint must match
/// every criterion given (AND). Identifier matches are case-insensitive. Dates: <c>validOn</c> matches
/// start ≤ validOn ≤ end, <c>validAfter</c> start &gt; validAfter, <c>validBefore</c> end &lt; validBefore, on the
/// effective validity period (the stated one, else the reference period end plus 3 years).
/// </summary>
internal sealed record PactFootprintFilter(
    IReadOnlyList<string> ProductIds,
    IReadOnlyList<string> CompanyIds,
    IReadOnlyList<string> Geographies,
    IReadOnlyList<string> Classifications,
    IReadOnlyList<string> Statuses,
    DateTimeOffset? ValidOn,
    DateTimeOffset? ValidAfter,
    DateTimeOffset? ValidBefore)
{
    public static PactFootprintFilter None { get; } = new([], [], [], [], [], null, null, null);

    /// <summary>Reads the query string; names are case-insensitive (the spec's example mixes <c>productId</c> and <c>productid</c>).</summary>
    public static (PactFootprintFilter? Filter, string? Error) FromQuery(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        // Repeated parameters (OpenAPI explode: true); a URN may hold commas, so values are not split.
        static string[] Values(StringValues v) => [.. v.Select(s => (s ?? "").Trim()).Where(s => s.Length > 0)];
        var statuses = Values(query["status"]);
        if (statuses.FirstOrDefault(s => !s.Equals("Active", StringComparison.OrdinalIgnoreCase) && !s.Equals("Deprecated", StringComparison.OrdinalIgnoreCase)) is { } bad)
        {
            return (null, $"status must be Active or Deprecated, not '{bad}'.");
        }

        var dates = new DateTimeOffset?[3];
        string[] names = ["validOn", "validAfter", "validBefore"];
        for (var i = 0; i < names.Length; i++)
        {
            var text = query[names[i]].ToString();
            if (text.Length == 0)
            {
                continue;
            }

            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                return (null, $"{names[i]} must be an RFC 3339 date-time, not '{text}'.");
            }

            dates[i] = date;
        }

        return (new PactFootprintFilter(Values(query["productId"]), Values(query["companyId"]), Values(query["geography"]),
            Values(query["classification"]), statuses, dates[0], dates[1], dates[2]), null);
    }

    public bool Matches(PactPublishedFootprint f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return AnyOf(ProductIds, f.ProductIds)
            && AnyOf(CompanyIds, f.CompanyIds)
            && AnyOf(Classifications, f.Classifications)
            && (Geographies.Count == 0 || Geographies.Any(g => GeographyMatches(f.Geography, g)))
            && (Statuses.Count == 0 || Statuses.Any(s => s.Equals(f.Status, StringComparison.OrdinalIgnoreCase)))
            && (ValidOn is not { } on || (f.ValidFrom <= on && on <= f.ValidTo))
            && (ValidAfter is not { } after || f.ValidFrom > after)
            && (ValidBefore is not { } before || f.ValidTo < before);
    }

    private static bool AnyOf(IReadOnlyList<string> wanted, string stored) =>
        wanted.Count == 0 || stored.Split('\n').Any(s => wanted.Any(w => w.Equals(s, StringComparison.OrdinalIgnoreCase)));

    /// <summary>A footprint of a country subdivision (TW-TPE) lies within its country (TW) too.</summary>
    private static bool GeographyMatches(string stored, string wanted) =>
        stored.Length > 0 && (stored.Equals(wanted, StringComparison.OrdinalIgnoreCase)
            || stored.StartsWith(wanted + "-", StringComparison.OrdinalIgnoreCase));
}
