using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Sources;
using Tanpan.Documents.Inventories;

namespace Tanpan.Documents.Report;

public static partial class InventoryReport
{
    /// <summary>The state of one report being written: the builder, the inventory, the language and its number format.</summary>
    private sealed class Writer(DocxBuilder docx, InventoryDocument doc, bool english, IReadOnlyList<string> chapters)
    {
        public DocxBuilder Docx { get; } = docx;

        public InventoryDocument Doc { get; } = doc;

        public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(english ? "en-US" : "zh-TW");

        public bool English => english;

        public string L(string zh, string en) => english ? en : zh;

        public void Chapter(int index) => Docx.Heading(1, chapters[index]);

        public string Tonnes(decimal tonnes) => tonnes.ToString("N3", Culture);

        public string Percent(double fraction) => fraction.ToString("P2", Culture);

        public string Percent(decimal fraction) => fraction.ToString("P2", Culture);

        public string Type(SourceType type) => english ? SourceTypes.Key(type) : SourceTypes.NameZh(type);

        public string Category(int category) => english ? IsoCategories.NameEn(category) : IsoCategories.NameZh(category);

        public string Material(string key, string nameZh) =>
            english ? FactorLibrary.Shipped.Materials.FindByKey(key)?.NameEn ?? key : nameZh;
    }
}
