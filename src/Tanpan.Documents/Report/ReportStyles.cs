using DocumentFormat.OpenXml.Wordprocessing;

namespace Tanpan.Documents.Report;

/// <summary>The report's paragraph styles: Normal, Title, Heading1, Heading2 and Caption, in a font with Traditional Chinese.</summary>
internal static class ReportStyles
{
    private const string Font = "Noto Sans CJK TC";

    public static Styles Create(string language) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
                new FontSize { Val = "21" },
                new Languages { Val = language, EastAsia = "zh-TW" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "300", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Paragraph("Title", "Title", 40, null),
        Paragraph("Heading1", "heading 1", 32, 0),
        Paragraph("Heading2", "heading 2", 26, 1),
        new Style(
            new StyleName { Val = "caption" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleRunProperties(new Italic(), new FontSize { Val = "18" }))
        { Type = StyleValues.Paragraph, StyleId = "Caption" });

    private static Style Paragraph(string id, string name, int halfPoints, int? outline)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
