namespace Tanpan.Documents.Inventories;

/// <summary>The language of the 報告書: Traditional Chinese by default, English on request.</summary>
public enum ReportLanguage
{
    Zh,
    En,
}
