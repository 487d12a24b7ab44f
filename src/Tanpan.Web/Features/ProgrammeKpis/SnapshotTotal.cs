using System.Text;
using System.Text.Json;

namespace Tanpan.Web.Features.ProgrammeKpis;

/// <summary>
/// The total of a locked inventory year's published snapshot (<c>ResultSnapshots.Json</c>, docs/decisions/0008): the
/// top-level <c>totalKilograms</c> of the results as they were at locking, read without deserialising the rest (the
/// sources, gases and factors the snapshot also holds). The sector roll-up uses it so a repaired row, a migrated table or
/// a changed factor never moves a published figure.
/// </summary>
public static class SnapshotTotal
{
    private static readonly byte[] Name = Encoding.UTF8.GetBytes("totalKilograms");

    /// <summary>Kilograms CO2e, or null when the snapshot has no such number.</summary>
    public static decimal? Kilograms(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueSpan.SequenceEqual(Name) || string.Equals(reader.GetString(), "TotalKilograms", StringComparison.Ordinal);
            reader.Read();
            if (match)
            {
                return reader.TokenType == JsonTokenType.Number ? reader.GetDecimal() : null;
            }

            reader.Skip();
        }

        return null;
    }
}
