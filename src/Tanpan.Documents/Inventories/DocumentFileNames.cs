using System.Globalization;
using System.Text;

namespace Tanpan.Documents.Inventories;

/// <summary>
/// File names that say whose document it is, of which year, which document and in which language, so that both
/// report languages and several organisations' documents can sit in one folder:
/// <c>新竹精密工業_2024_溫室氣體排放量清冊.xlsx</c>, <c>新竹精密工業_2024_溫室氣體盤查報告書_zh-TW.docx</c>,
/// <c>新竹精密工業_2024_GHG-inventory-report_en.docx</c>.
/// </summary>
public static class DocumentFileNames
{
    /// <summary>The 清冊 is bilingual (every heading in both languages), so its name carries no language.</summary>
    public static string Register(InventoryDocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return Name(info, "溫室氣體排放量清冊", ".xlsx");
    }

    public static string Report(InventoryDocumentInfo info, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(info);
        return language == ReportLanguage.En
            ? Name(info, "GHG-inventory-report_en", ".docx")
            : Name(info, "溫室氣體盤查報告書_zh-TW", ".docx");
    }

    private static string Name(InventoryDocumentInfo info, string document, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{Safe(info.OrganisationName)}_{info.Year}_{document}{extension}");

    /// <summary>The organisation's name without the characters no file system or browser keeps in a name.</summary>
    internal static string Safe(string name)
    {
        var safe = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            safe.Append(char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        }

        var text = safe.ToString().Trim('.', ' ');
        return text.Length == 0 ? "Tanpan" : text[..Math.Min(text.Length, 80)];
    }
}
