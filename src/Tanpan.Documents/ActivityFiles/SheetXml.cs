using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Tanpan.Documents.ActivityFiles;

/// <summary>
/// The forward-only XML reader over one workbook part, and the checks every part read shares: the bytes pass through
/// <see cref="XmlPartStream"/>, DTDs are prohibited, and malformed or truncated XML becomes an
/// <see cref="ActivityFileRefusedException"/> naming the part and line instead of an exception the server cannot explain.
/// </summary>
internal static class SheetXml
{
    /// <summary>Excel's limit on the characters of one cell ("Excel specifications and limits").</summary>
    public const int MaxCellCharacters = 32_767;

    /// <summary>Largest size one part may decompress to (1 GB); the zip check refuses most files long before.</summary>
    public const long MaxPartBytes = 1L << 30;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
        CloseInput = true,
    };

    public static XmlReader Open(OpenXmlPart part, string name)
    {
        try
        {
            return XmlReader.Create(new XmlPartStream(part.GetStream(FileMode.Open, FileAccess.Read), name, MaxPartBytes), Settings);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new ActivityFileRefusedException($"活頁簿的 {name} 無法解壓，未讀取", $"the workbook's {name} cannot be decompressed; not read", e);
        }
    }

    /// <summary><see cref="XmlReader.Read"/>, with malformed XML (a DTD, a truncated part, a bad character) refused.</summary>
    public static bool Read(XmlReader xml, string name)
    {
        try
        {
            return xml.Read();
        }
        catch (XmlException e)
        {
            throw new ActivityFileRefusedException(
                $"活頁簿的 {name} 不是有效的 XML（第 {e.LineNumber} 行，可能是截斷或含有 DTD），未讀取",
                $"the workbook's {name} is not valid XML (line {e.LineNumber}: {e.Message}); not read", e);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new ActivityFileRefusedException($"活頁簿的 {name} 壓縮資料損毀，未讀取", $"the workbook's {name} has corrupt compressed data; not read", e);
        }
    }

    /// <summary>Appends a cell's text, refusing one longer than Excel allows.</summary>
    public static void Append(StringBuilder text, string value, string name)
    {
        if (text.Length + value.Length > MaxCellCharacters)
        {
            throw new ActivityFileRefusedException(
                $"活頁簿的 {name} 有超過 {MaxCellCharacters:N0} 字元（Excel 的儲存格上限）的文字，未讀取",
                $"the workbook's {name} holds a text longer than {MaxCellCharacters:N0} characters (Excel's cell limit); not read");
        }

        text.Append(value);
    }
}
