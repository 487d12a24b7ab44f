using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Tanpan.Documents.ActivityFiles;

/// <summary>
/// Reads a workbook's shared-string table (ECMA-376 Part 1, §18.4.9 <c>sst</c>) with a forward-only XML reader: the text
/// of each <c>si</c> is its <c>t</c>, or its runs' <c>t</c> joined; phonetic runs (<c>rPh</c>) are not part of the
/// text. Every string is charged to the import's <see cref="ReadBudget"/> as it is read, and one longer than Excel's
/// 32,767-character cell limit is refused, so millions of tiny strings cannot grow the server's memory unbounded.
/// </summary>
internal static class SharedStringsReader
{
    public static List<string> Read(WorkbookPart workbook, ReadBudget budget)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var xml = SheetXml.Open(part, "sharedStrings");
        var text = new StringBuilder();
        int siDepth = -1, rPhDepth = -1, tDepth = -1;
        while (SheetXml.Read(xml, "sharedStrings"))
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "si" && siDepth < 0:
                    text.Clear();
                    siDepth = xml.Depth;
                    if (xml.IsEmptyElement)
                    {
                        Add(strings, "", budget);
                        siDepth = -1;
                    }

                    break;
                case XmlNodeType.Element when xml.LocalName == "rPh" && siDepth >= 0 && !xml.IsEmptyElement:
                    rPhDepth = xml.Depth;
                    break;
                case XmlNodeType.Element when xml.LocalName == "t" && siDepth >= 0 && rPhDepth < 0 && !xml.IsEmptyElement:
                    tDepth = xml.Depth;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when tDepth >= 0:
                    SheetXml.Append(text, xml.Value, "sharedStrings");
                    break;
                case XmlNodeType.EndElement when xml.Depth == tDepth:
                    tDepth = -1;
                    break;
                case XmlNodeType.EndElement when xml.Depth == rPhDepth:
                    rPhDepth = -1;
                    break;
                case XmlNodeType.EndElement when xml.Depth == siDepth:
                    Add(strings, text.ToString(), budget);
                    siDepth = -1;
                    break;
            }
        }

        return strings;
    }

    private static void Add(List<string> strings, string text, ReadBudget budget)
    {
        budget.Charge(ReadBudget.StringCost(text.Length), "活頁簿的共用字串", "the workbook's shared strings");
        strings.Add(text);
    }
}
