using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Tanpan.Documents.Tests.Support;

/// <summary>A .docx read back with the Open XML SDK: headings, and a text projection for golden files.</summary>
internal sealed class DocumentText
{
    private DocumentText(List<string> headings, string projection, List<byte[]> images)
    {
        Headings = headings;
        Projection = projection;
        Images = images;
    }

    /// <summary>Heading 1 paragraphs in order.</summary>
    public IReadOnlyList<string> Headings { get; }

    /// <summary>Paragraphs as <c>[Style] text</c>, tables as <c>| cell | cell |</c> lines, images as <c>[image WxH]</c>.</summary>
    public string Projection { get; }

    public IReadOnlyList<byte[]> Images { get; }

    public static DocumentText Load(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var main = document.MainDocumentPart!;
        var text = new StringBuilder();
        var headings = new List<string>();
        var images = new List<byte[]>();
        foreach (var element in main.Document.Body!.ChildElements)
        {
            switch (element)
            {
                case Paragraph p when p.Descendants<Drawing>().Any():
                    var blip = p.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
                    using (var stream = main.GetPartById(blip.Embed!).GetStream())
                    using (var copy = new MemoryStream())
                    {
                        stream.CopyTo(copy);
                        images.Add(copy.ToArray());
                    }

                    var png = images[^1];
                    text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[image {ReadBigEndian(png, 16)}x{ReadBigEndian(png, 20)} png]");
                    break;
                case Paragraph p:
                    var style = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
                    if (style == "Heading1")
                    {
                        headings.Add(p.InnerText);
                    }

                    if (p.InnerText.Length > 0)
                    {
                        text.AppendLine(style is null ? p.InnerText : $"[{style}] {p.InnerText}");
                    }

                    break;
                case Table t:
                    foreach (var row in t.Elements<TableRow>())
                    {
                        text.AppendLine("| " + string.Join(" | ", row.Elements<TableCell>().Select(c => c.InnerText)) + " |");
                    }

                    break;
            }
        }

        return new DocumentText(headings, text.ToString(), images);
    }

    /// <summary>Cells of the table rows whose first cell is <paramref name="firstCell"/>.</summary>
    public static IReadOnlyList<string> Row(string path, string firstCell, int occurrence = 0)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return document.MainDocumentPart!.Document.Body!.Descendants<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList())
            .Where(cells => cells[0] == firstCell)
            .ElementAt(occurrence);
    }

    private static int ReadBigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
