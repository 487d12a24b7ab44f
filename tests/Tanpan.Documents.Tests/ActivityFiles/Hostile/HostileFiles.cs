using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Tanpan.Documents.Tests.ActivityFiles.Hostile;

/// <summary>
/// Hostile upload files built in code: (bytes, file name, part of the English refusal, part of the Chinese one).
/// Each is small to send and would cost the server far more than the import's memory budget if read naively.
/// </summary>
internal static class HostileFiles
{
    /// <summary>Longest a hostile file may take to refuse. Generous for a loaded 2-core machine; each file is read in well under a second when it is alone.</summary>
    public static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(30);

    /// <summary>Row 1 naming the six required columns (廠區, 排放型式, 原燃物料, 活動數據, 單位, 年度), as inline strings.</summary>
    public static readonly string Header = InlineRow(1, "廠區", "排放型式", "原燃物料", "活動數據", "單位", "年度");

    /// <summary>A row of inline strings from column A.</summary>
    public static string InlineRow(int row, params string[] texts) =>
        $"<row r=\"{row}\">" + string.Concat(texts.Select((t, i) => $"<c r=\"{ColumnName(i + 1)}{row}\" t=\"inlineStr\"><is><t>{t}</t></is></c>")) + "</row>";

    public static TheoryData<string> Names { get; } =
    [
        "column-beyond-xfd", "column-xfe", "row-beyond-1048576", "overflowing-reference", "shared-string-flood", "shared-string-too-long",
        "row-beyond-budget", "zip-bomb-honest", "zip-bomb-lying-small", "zip-bomb-lying-large", "zip-directory-flood",
        "billion-laughs-sheet", "billion-laughs-strings", "doctype-workbook", "truncated-sheet", "truncated-zip", "random-bytes-xlsx",
        "csv-huge-line", "csv-no-newline", "csv-unclosed-quote", "csv-nul", "random-bytes-csv",
    ];

    public static (byte[] Bytes, string FileName, string En, string Zh) Make(string name) => name switch
    {
        // The probe's file: under 2 KB, a reference whose column number is in the billions.
        "column-beyond-xfd" => (Workbook(Sheet(Header + """<row r="2"><c r="ZZZZZZZ2"><v>1</v></c></row>""")), "far.xlsx", "beyond Excel's grid", "超出 Excel 的範圍"),
        "column-xfe" => (Workbook(Sheet(Header + """<row r="2"><c r="XFE2"><v>1</v></c></row>""")), "xfe.xlsx", "cell XFE2 lies beyond Excel's grid", "儲存格 XFE2"),
        "row-beyond-1048576" => (Workbook(Sheet(Header + """<row r="1048577"><c r="A1048577"><v>1</v></c></row>""")), "row.xlsx", "row 1,048,577 lies beyond", "第 1,048,577 列"),
        "overflowing-reference" => (Workbook(Sheet(Header + """<row r="2"><c r="A99999999999999999999"><v>1</v></c></row>""")), "overflow.xlsx", "beyond Excel's grid", "超出 Excel 的範圍"),

        // Three million empty strings: a few kB compressed, about 110 MB as .NET strings in a list.
        "shared-string-flood" => (Workbook(Sheet(Header), Strings(Repeat("<si/>", 3_000_000))), "flood.xlsx", "shared strings exceed the 64 MB memory limit", "共用字串超過"),
        "shared-string-too-long" => (Workbook(Sheet(Header), Strings("<si><t>" + new string('x', 40_000) + "</t></si>")), "long.xlsx", "longer than 32,767 characters", "32,767 字元"),

        // One row of 16,384 cells each showing a 30,000-character shared string: 1 GB of text by reference.
        "row-beyond-budget" => (Workbook(Sheet(Header + WideRow()), Strings("<si><t>" + new string('x', 30_000) + "</t></si>")), "wide.xlsx", "the cells of one worksheet row exceed", "工作表一列的儲存格超過"),

        "zip-bomb-honest" => (Padded(Workbook(Sheet(Header + DataRow)), 128), "bomb.xlsx", "would expand to 128 MB", "解壓後達 128 MB"),
        "zip-bomb-lying-small" => (LieAboutSize(Workbook(Sheet(Header + DataRow + Repeat(" ", 32 << 20) + DataRow)), "xl/worksheets/sheet1.xml", 600),
            "lying.xlsx", "not read", "未讀取"),
        "zip-bomb-lying-large" => (LieAboutSize(Workbook(Sheet(Header + DataRow)), "xl/worksheets/sheet1.xml", uint.MaxValue - 1), "lying.xlsx", "would expand", "解壓後達"),
        "zip-directory-flood" => (LieAboutEntries(Workbook(Sheet(Header + DataRow)), ushort.MaxValue - 1), "entries.xlsx", "zip directory lists 65,534 entries", "壓縮目錄有 65,534 個項目"),

        "billion-laughs-sheet" => (Workbook(Laughs + Sheet(Header + """<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row>""")), "laughs.xlsx", "DTD", "DTD"),
        "billion-laughs-strings" => (Workbook(Sheet(Header), Laughs + Strings("<si><t>&lol9;</t></si>")), "laughs.xlsx", "DTD", "DTD"),
        "doctype-workbook" => (Workbook(Sheet(Header + DataRow), workbook: Laughs + WorkbookXml), "doctype.xlsx", "workbook.xml is not valid", "workbook.xml 無效"),
        "truncated-sheet" => (Workbook(Sheet(Header + DataRow)[..200]), "truncated.xlsx", "worksheet is not valid XML", "不是有效的 XML"),
        "truncated-zip" => (Workbook(Sheet(Header + DataRow))[..700], "cut.xlsx", "not a valid .xlsx workbook", "不是有效的 .xlsx 活頁簿"),
        "random-bytes-xlsx" => (Random(64 * 1024), "random.xlsx", "not a valid .xlsx workbook", "不是有效的 .xlsx 活頁簿"),

        "csv-huge-line" => (Encoding.UTF8.GetBytes("廠區,排放型式,原燃物料,活動數據,單位,年度\n甲廠,固定燃燒," + new string('x', 3 << 20) + ",1,公升,2021\n"), "huge.csv", "longer than 1 MB", "超過 1 MB"),
        "csv-no-newline" => (Encoding.UTF8.GetBytes(Repeat("甲廠,", 1 << 20)), "line.csv", "longer than 1 MB", "超過 1 MB"),
        "csv-unclosed-quote" => (Encoding.UTF8.GetBytes("廠區,排放型式,原燃物料,活動數據,單位,年度\n\"甲廠," + Repeat("固定燃燒,柴油,1,公升,2021\n", 100_000)), "quote.csv", "unclosed quote", "引號未關閉"),
        "csv-nul" => ([.. Encoding.UTF8.GetBytes("廠區,排放型式,原燃物料,活動數據,單位,年度\n甲廠,固定燃燒,柴油,1"), 0, 0, 0, .. Encoding.UTF8.GetBytes(",公升,2021\n")], "nul.csv", "NUL bytes", "NUL 位元組"),
        "random-bytes-csv" => (Random(64 * 1024), "random.csv", "NUL bytes", "NUL 位元組"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static readonly string DataRow = InlineRow(2, "甲廠", "固定燃燒", "柴油", "1", "公升", "2021");

    private const string Laughs = """
        <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
        <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
        <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
        """;

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private const string WorkbookXml = $"""<workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="活動數據" sheetId="1" r:id="rId1"/></sheets></workbook>""";

    public static string Sheet(string rows) => $"""<worksheet xmlns="{Main}"><sheetData>{rows}</sheetData></worksheet>""";

    public static string Strings(string items) => $"""<sst xmlns="{Main}">{items}</sst>""";

    public static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    /// <summary>A minimal workbook: one sheet 活動數據 with the given XML, shared strings if given.</summary>
    public static byte[] Workbook(string sheet, string? strings = null, string workbook = WorkbookXml)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>
                """);
            Add(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            Add(zip, "xl/workbook.xml", workbook);
            Add(zip, "xl/_rels/workbook.xml.rels", $"""
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                {(strings is null ? "" : """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""")}
                </Relationships>
                """);
            Add(zip, "xl/worksheets/sheet1.xml", sheet);
            if (strings is not null)
            {
                Add(zip, "xl/sharedStrings.xml", strings);
            }
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        entry.Write(Encoding.UTF8.GetBytes(text.Trim()));
    }

    private static string WideRow()
    {
        var row = new StringBuilder("""<row r="2">""");
        for (var column = 1; column <= 16_384; column++)
        {
            row.Append("<c r=\"").Append(ColumnName(column)).Append("2\" t=\"s\"><v>0</v></c>");
        }

        return row.Append("</row>").ToString();
    }

    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The workbook with a part of <paramref name="megabytes"/> MB of spaces, declared honestly.</summary>
    private static byte[] Padded(byte[] workbook, int megabytes)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var padding = zip.CreateEntry("xl/padding.xml", CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < megabytes; i++)
            {
                padding.Write(spaces);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The workbook with the uncompressed size of <paramref name="entry"/> rewritten in its local and central headers.</summary>
    internal static byte[] LieAboutSize(byte[] workbook, string entry, uint size)
    {
        var bytes = (byte[])workbook.Clone();
        var name = Encoding.UTF8.GetBytes(entry);
        for (var at = 0; at + 46 < bytes.Length; at++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at));
            if (signature == 0x04034b50 && bytes.AsSpan(at + 30, name.Length).SequenceEqual(name)
                && BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 26)) == name.Length)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 22), size);
            }
            else if (signature == 0x02014b50 && bytes.AsSpan(at + 46, Math.Min(name.Length, bytes.Length - at - 46)).SequenceEqual(name)
                && BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 28)) == name.Length)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 24), size);
            }
        }

        return bytes;
    }

    /// <summary>The workbook with the entry counts of its end-of-central-directory record rewritten.</summary>
    private static byte[] LieAboutEntries(byte[] workbook, ushort entries)
    {
        var bytes = (byte[])workbook.Clone();
        var at = bytes.AsSpan().LastIndexOf((ReadOnlySpan<byte>)[0x50, 0x4b, 0x05, 0x06]);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at + 8), entries);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at + 10), entries);
        return bytes;
    }

    private static byte[] Random(int length)
    {
        var bytes = new byte[length];
        new Random(16).NextBytes(bytes);
        return bytes;
    }
}
