using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tanpan.Documents.Register;

/// <summary>
/// The .xlsx package written straight into a <see cref="ZipArchive"/> in create mode, so each worksheet is
/// compressed as it streams out. The Open XML SDK 2.20 opens a new package read-write, and its zip then
/// holds every part uncompressed in memory until it closes (hundreds of MB for a 100,000-row register);
/// the SDK still writes every element here (<see cref="OpenXmlWriter"/>), only the zip is ours.
/// Works on non-seekable streams (a response body).
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private readonly ZipArchive _zip;
    private readonly List<string> _sheets = [];
    private readonly List<int> _headerRows = [];

    public XlsxPackage(Stream stream) => _zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);

    /// <summary>Adds the next worksheet; dispose the writer before adding another.</summary>
    public SheetWriter AddSheet(string name, IReadOnlyList<double> widths, int frozenRows)
    {
        _sheets.Add(name);
        _headerRows.Add(frozenRows);
        var entry = _zip.CreateEntry($"xl/worksheets/sheet{_sheets.Count}.xml", CompressionLevel.Fastest);
        return new SheetWriter(entry.Open(), widths, frozenRows);
    }

    /// <summary>Writes the workbook, styles, relationships, content types and core properties.</summary>
    public void Finish(Stylesheet styles, CalculationProperties calculation, string title, DateTimeOffset created)
    {
        var sheets = new Sheets(_sheets.Select((name, i) => new Sheet { Name = name, SheetId = (uint)(i + 1), Id = Rid(i + 1) }));
        Element("xl/workbook.xml", new Workbook(sheets, PrintTitles(), calculation));
        Element("xl/styles.xml", styles);
        Xml("xl/_rels/workbook.xml.rels", w => Relationships(w,
        [
            .. _sheets.Select((_, i) => (Rid(i + 1), Main + "/worksheet", $"worksheets/sheet{i + 1}.xml")),
            (Rid(_sheets.Count + 1), Main + "/styles", "styles.xml"),
        ]));
        Xml("_rels/.rels", w => Relationships(w,
        [
            ("rId1", Main + "/officeDocument", "xl/workbook.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        ]));
        Xml("docProps/core.xml", w => Core(w, title, created));
        Xml("[Content_Types].xml", ContentTypes);
    }

    public void Dispose() => _zip.Dispose();

    /// <summary>
    /// The header row of every sheet with frozen rows repeats at the top of each printed page: the built-in name
    /// <c>_xlnm.Print_Titles</c> scoped to the sheet (ECMA-376 Part 1, §18.2.5 definedName).
    /// </summary>
    private DefinedNames PrintTitles()
    {
        var names = new DefinedNames();
        for (var i = 0; i < _sheets.Count; i++)
        {
            if (_headerRows[i] > 0)
            {
                var row = _headerRows[i].ToString(CultureInfo.InvariantCulture);
                names.Append(new DefinedName($"'{_sheets[i].Replace("'", "''", StringComparison.Ordinal)}'!${row}:${row}")
                {
                    Name = "_xlnm.Print_Titles",
                    LocalSheetId = (uint)i,
                });
            }
        }

        return names;
    }

    private static string Rid(int n) => "rId" + n.ToString(CultureInfo.InvariantCulture);

    private void Element(string path, OpenXmlElement element)
    {
        using var stream = _zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(stream, Encoding.UTF8);
        writer.WriteStartDocument(true);
        writer.WriteElement(element);
    }

    private void Xml(string path, Action<XmlWriter> write)
    {
        using var stream = _zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        writer.WriteStartDocument(true);
        write(writer);
        writer.WriteEndDocument();
    }

    private static void Relationships(XmlWriter w, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/relationships";
        w.WriteStartElement("Relationships", ns);
        foreach (var (id, type, target) in relationships)
        {
            w.WriteStartElement("Relationship", ns);
            w.WriteAttributeString("Id", id);
            w.WriteAttributeString("Type", type);
            w.WriteAttributeString("Target", target);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private void ContentTypes(XmlWriter w)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        const string sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml";
        w.WriteStartElement("Types", ns);
        void Default(string extension, string type)
        {
            w.WriteStartElement("Default", ns);
            w.WriteAttributeString("Extension", extension);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }

        void Override(string part, string type)
        {
            w.WriteStartElement("Override", ns);
            w.WriteAttributeString("PartName", part);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }

        Default("rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default("xml", "application/xml");
        Override("/xl/workbook.xml", sheet + ".sheet.main+xml");
        Override("/xl/styles.xml", sheet + ".styles+xml");
        for (var i = 1; i <= _sheets.Count; i++)
        {
            Override($"/xl/worksheets/sheet{i}.xml", sheet + ".worksheet+xml");
        }

        Override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        w.WriteEndElement();
    }

    private static void Core(XmlWriter w, string title, DateTimeOffset created)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string terms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var when = created.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        w.WriteStartElement("cp", "coreProperties", cp);
        w.WriteAttributeString("xmlns", "dc", null, dc);
        w.WriteAttributeString("xmlns", "dcterms", null, terms);
        w.WriteAttributeString("xmlns", "xsi", null, xsi);
        w.WriteElementString("title", dc, title);
        w.WriteElementString("creator", dc, "Tanpan");
        foreach (var name in (string[])["created", "modified"])
        {
            w.WriteStartElement(name, terms);
            w.WriteAttributeString("type", xsi, "dcterms:W3CDTF");
            w.WriteString(when);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }
}
