using System.Globalization;
using System.Text.Json;
using Tanpan.Core.Time;
using Tanpan.Web.Components;

namespace Tanpan.Web.Features.Inventories.Pages;

/// <summary>One field of an audit entry as the audit page shows it: before → after (null where there is no side).</summary>
public sealed record AuditChange(string Field, string? Old, string? New)
{
    /// <summary>Fields every row has that say nothing to a reader.</summary>
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal) { "Id", "OrganisationId" };

    /// <summary>The fields of an entry's old and new JSON values, in the order they were recorded.</summary>
    public static List<AuditChange> Of(AuditItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var before = Values(item.OldValues);
        var after = Values(item.NewValues);
        return before.Keys.Concat(after.Keys.Where(k => !before.ContainsKey(k)))
            .Where(field => !Hidden.Contains(field))
            .Select(field => new AuditChange(field, before.GetValueOrDefault(field), after.GetValueOrDefault(field)))
            .ToList();
    }

    private static Dictionary<string, string?> Values(string? json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return values;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            values[property.Name] = Text(property.Value);
        }

        return values;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String when value.TryGetDateTimeOffset(out var time) && value.GetString()!.Contains('T', StringComparison.Ordinal) => TaipeiTime.Format(time),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetDecimal(out var number) => number.ToString("G", CultureInfo.CurrentCulture),
        _ => value.GetRawText(),
    };
}
