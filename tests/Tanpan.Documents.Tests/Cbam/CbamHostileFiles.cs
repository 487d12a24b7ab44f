namespace Tanpan.Documents.Tests.Cbam;

/// <summary>Workbook parts for hostile template files (HostileFiles builds the zip).</summary>
internal static class CbamHostileFiles
{
    /// <summary>workbook.xml with its single sheet named <paramref name="sheet"/>.</summary>
    public static string WorkbookXml(string sheet) =>
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
        $"<sheets><sheet name=\"{sheet}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
}
