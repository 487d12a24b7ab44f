using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Tanpan.Documents.Report;

/// <summary>Appends headings, paragraphs, tables and PNG images to a Word body, with the styles of <see cref="ReportStyles"/>.</summary>
internal sealed class DocxBuilder
{
    /// <summary>Text width of an A4 page with 2.2 cm margins, in EMU.</summary>
    public const long TextWidthEmu = 5_976_000;

    private readonly MainDocumentPart _main;
    private readonly Body _body;
    private uint _pictures;

    public DocxBuilder(MainDocumentPart main, Body body)
    {
        _main = main;
        _body = body;
    }

    public void Heading(int level, string text) => _body.Append(Para(text, style: level == 1 ? "Heading1" : "Heading2"));

    public void Title(string text) => _body.Append(Para(text, style: "Title"));

    public void Paragraph(string text) => _body.Append(Para(text));

    public void Caption(string text) => _body.Append(Para(text, style: "Caption"));

    /// <summary>A table with a header row; cells that start with a digit or sign are right-aligned.</summary>
    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows) => Table(headers, rows, null);

    /// <summary>As <see cref="Table(IReadOnlyList{string}, IEnumerable{IReadOnlyList{string}})"/>, the columns as wide as <paramref name="weights"/> share out (equal when null).</summary>
    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<int>? weights)
    {
        var shares = weights ?? headers.Select(_ => 1).ToList();
        var border = (uint)4;
        var table = new Table(
            new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = border },
                    new LeftBorder { Val = BorderValues.Single, Size = border },
                    new BottomBorder { Val = BorderValues.Single, Size = border },
                    new RightBorder { Val = BorderValues.Single, Size = border },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = border },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = border })),
            new TableGrid(shares.Select(w => new GridColumn { Width = (9638 * w / shares.Sum()).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(headers, header: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, header: false));
        }

        _body.Append(table);
        _body.Append(new Paragraph());
    }

    /// <summary>An inline PNG as wide as the text, keeping its aspect ratio.</summary>
    public void Image(byte[] png, int widthPx, int heightPx, string description)
    {
        var part = _main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png))
        {
            part.FeedData(data);
        }

        var id = ++_pictures;
        var cx = TextWidthEmu;
        var cy = TextWidthEmu * heightPx / widthPx;
        var drawing = new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = $"Chart {id}", Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = id, Name = $"chart{id}.png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = _main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        });
        _body.Append(new Paragraph(new Run(drawing)));
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var text in cells)
        {
            var right = !header && text.Length > 0 && (char.IsAsciiDigit(text[0]) || (text[0] is '-' or '+' && text.Length > 1 && char.IsAsciiDigit(text[1])));
            var paragraph = Para(text, bold: header);
            if (right)
            {
                paragraph.ParagraphProperties ??= new ParagraphProperties();
                paragraph.ParagraphProperties.Append(new Justification { Val = JustificationValues.Right });
            }

            row.Append(new TableCell(paragraph));
        }

        return row;
    }

    private static Paragraph Para(string text, string? style = null, bool bold = false)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        paragraph.Append(run);
        return paragraph;
    }
}
