using Tanpan.Core.Text;

namespace Tanpan.Documents.Products;

/// <summary>A column of a product or BOM file: its English key, its Chinese header, other accepted headers, and whether it must be there.</summary>
internal sealed record CsvColumn(string Key, string Zh, bool Required, params string[] Aliases)
{
    public bool Matches(string header)
    {
        var key = TextKey.Normalize(header);
        return key == TextKey.Normalize(Key) || key == TextKey.Normalize(Zh) || Aliases.Any(a => TextKey.Normalize(a) == key);
    }
}
