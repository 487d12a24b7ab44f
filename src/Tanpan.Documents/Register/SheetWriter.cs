using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tanpan.Documents.Register;

/// <summary>
/// Writes one worksheet row by row through the Open XML SDK's streaming <see cref="OpenXmlWriter"/>, so a
/// sheet of a million cells never exists as a DOM. Strings are inline (no shared-string table to hold in
/// memory); a formula is written with its cached value so that a reader that does not recalculate still
/// shows the number.
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    private readonly OpenXmlWriter _writer;
    private int _column;
    private bool _inRow;

    private readonly Stream _stream;

    // Cells are written as start element + attributes + text, with these element objects reused for their names only:
    // a Cell object tree per cell cost about 1 KiB of garbage each (3.5 GB for a 100,000-row register).
    private readonly Cell _cell = new();
    private readonly CellValue _value = new();
    private readonly CellFormula _formula = new();
    private readonly InlineString _inline = new();
    private readonly Text _text = new();
    private readonly List<OpenXmlAttribute> _attributes = new(3);
    private static readonly OpenXmlAttribute[] Preserve = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];
    private static readonly OpenXmlAttribute[] NoAttributes = [];

    /// <summary>Three lines of the 11 pt header font.</summary>
    private const double HeaderRowPoints = 45;

    /// <summary>ECMA-376 Part 1, §18.3.1.63 pageSetup: paperSize 9 is A4 (210 mm × 297 mm).</summary>
    private const uint A4 = 9;

    public SheetWriter(Stream stream, IReadOnlyList<double> columnWidths, int frozenRows = 0)
    {
        _stream = stream;
        _writer = OpenXmlWriter.Create(stream, System.Text.Encoding.UTF8);
        _writer.WriteStartDocument(true);
        _writer.WriteStartElement(new Worksheet());

        // Printed as a verifier files it: A4 landscape, every column on the page (fit to width, as many pages
        // down as needed); the header row repeats on each page through the workbook's print titles (XlsxPackage).
        _writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        if (frozenRows > 0)
        {
            var topLeft = CellRefs.Cell(0, frozenRows + 1);
            _writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = frozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
            { WorkbookViewId = 0 }));
        }

        if (columnWidths.Count > 0)
        {
            _writer.WriteElement(new Columns(columnWidths.Select((w, i) =>
                new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })));
        }

        _writer.WriteStartElement(new SheetData());
    }

    /// <summary>The number of the row being written (1-based); 0 before the first.</summary>
    public int Row { get; private set; }

    /// <summary>The column the next cell goes to (0 = A).</summary>
    public int Column => _column;

    public SheetWriter StartRow() => StartRow(null);

    /// <summary>Starts a row; with <paramref name="heightPoints"/>, a row of that fixed height.</summary>
    public SheetWriter StartRow(double? heightPoints)
    {
        EndRow();
        Row++;
        _column = 0;
        var number = new OpenXmlAttribute("r", "", Row.ToString(CultureInfo.InvariantCulture));
        _writer.WriteStartElement(new Row(), heightPoints is { } height
            ? [number, new OpenXmlAttribute("ht", "", height.ToString(CultureInfo.InvariantCulture)), new OpenXmlAttribute("customHeight", "", "1")]
            : [number]);
        _inRow = true;
        return this;
    }

    public void EndRow()
    {
        if (_inRow)
        {
            _writer.WriteEndElement();
            _inRow = false;
        }
    }

    /// <summary>Leaves <paramref name="rows"/> empty rows.</summary>
    public void SkipRows(int rows)
    {
        EndRow();
        Row += rows;
    }

    public SheetWriter Skip(int cells = 1)
    {
        _column += cells;
        return this;
    }

    public SheetWriter Text(string? text, uint style = RegisterStyles.Plain)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Skip();
        }

        StartCell(style, "inlineStr");
        _writer.WriteStartElement(_inline, NoAttributes);
        _writer.WriteStartElement(_text, Preserve);
        _writer.WriteString(text);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        return this;
    }

    public SheetWriter Number(decimal value, uint style = RegisterStyles.Plain) => Number((double)value, style);

    public SheetWriter Number(int value, uint style = RegisterStyles.Plain) => Number((double)value, style);

    public SheetWriter Number(double value, uint style = RegisterStyles.Plain)
    {
        StartCell(style, null);
        WriteValue(value);
        _writer.WriteEndElement();
        return this;
    }

    /// <summary>A formula (without the leading '=') and the value it evaluates to.</summary>
    public SheetWriter Formula(string formula, decimal cached, uint style = RegisterStyles.Plain) => Formula(formula, (double)cached, style);

    public SheetWriter Formula(string formula, int cached, uint style = RegisterStyles.Plain) => Formula(formula, (double)cached, style);

    public SheetWriter Formula(string formula, double cached, uint style = RegisterStyles.Plain)
    {
        StartCell(style, null);
        _writer.WriteStartElement(_formula, NoAttributes);
        _writer.WriteString(formula);
        _writer.WriteEndElement();
        WriteValue(cached);
        _writer.WriteEndElement();
        return this;
    }

    /// <summary>A formula whose value is text (<c>t="str"</c>), e.g. "-" for a rate of nothing, with that text cached.</summary>
    public SheetWriter FormulaText(string formula, string cached, uint style = RegisterStyles.Plain)
    {
        StartCell(style, "str");
        _writer.WriteStartElement(_formula, NoAttributes);
        _writer.WriteString(formula);
        _writer.WriteEndElement();
        _writer.WriteStartElement(_value, NoAttributes);
        _writer.WriteString(cached);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        return this;
    }

    /// <summary>Header cells in one row.</summary>
    public SheetWriter Headers(params string[] titles)
    {
        // Header cells wrap; a reader does not grow the row for them, so the row is tall enough for three lines
        // (otherwise the wrapped titles print over the first data rows).
        StartRow(HeaderRowPoints);
        foreach (var t in titles)
        {
            Text(t, RegisterStyles.Header);
        }

        return this;
    }

    public void Dispose()
    {
        EndRow();
        _writer.WriteEndElement();   // sheetData
        _writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        _writer.WriteElement(new PageSetup
        {
            PaperSize = A4,
            Orientation = OrientationValues.Landscape,
            FitToWidth = 1,
            FitToHeight = 0,
        });
        _writer.WriteEndElement();   // worksheet
        _writer.Close();
        _writer.Dispose();
        _stream.Dispose();
    }

    /// <summary>Starts <c>&lt;c r=".." s=".." t=".."&gt;</c> (style and type only when not the default), in the schema's attribute order.</summary>
    private void StartCell(uint style, string? type)
    {
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", "", Reference()));
        if (style != RegisterStyles.Plain)
        {
            _attributes.Add(new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)));
        }

        if (type is not null)
        {
            _attributes.Add(new OpenXmlAttribute("t", "", type));
        }

        _writer.WriteStartElement(_cell, _attributes);
    }

    private void WriteValue(double value)
    {
        _writer.WriteStartElement(_value, NoAttributes);
        _writer.WriteString(Invariant(value));
        _writer.WriteEndElement();
    }

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private string Reference() => CellRefs.Cell(_column++, Row);
}
