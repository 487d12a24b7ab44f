namespace Tanpan.Documents.Register;

/// <summary>
/// Where things are in the 清冊 workbook, so that one sheet's formulas can point at another's cells.
/// Every table has its title in row 1, notes in row 2, headers in row 3 and data from row 4
/// (docs/register-format.md).
/// </summary>
internal sealed class RegisterLayout
{
    public const string Basics = "1-基本資料";
    public const string Qualitative = "2-定性盤查";
    public const string Materiality = "2.1-重大性準則";
    public const string Quantities = "3-定量盤查";
    public const string Quality = "4-數據品質管理";
    public const string Uncertainty = "5-不確定性之評估";
    public const string Summary = "6-彙總表";
    public const string Gwp = "附錄-GWP";

    public static readonly string[] SheetNames = [Basics, Qualitative, Materiality, Quantities, Quality, Uncertainty, Summary, Gwp];

    public const int FirstDataRow = 4;

    // 3-定量盤查: one row per activity row.
    public const int SourceIdCol = 0;
    public const int LineCol = 1;
    public const int FacilityCol = 2;
    public const int SourceCol = 3;
    public const int EquipmentCol = 4;
    public const int MaterialCol = 5;
    public const int TypeCol = 6;
    public const int CategoryCol = 7;
    public const int DataSourceCol = 8;
    public const int ActivityCol = 9;
    public const int UnitCol = 10;
    public const int ConversionCol = 11;
    public const int ConvertedCol = 12;
    public const int BasisUnitCol = 13;
    public const int LeakCol = 14;
    public const int BasisCol = 15;
    public const int FirstSlotCol = 16;
    public const int SlotWidth = 6;   // gas, group, factor, kg, GWP, kg CO₂e

    // 4-數據品質管理: one row per source (the same row in 5-不確定性之評估).
    public const int QualityScoreCol = 9;
    public const int QualityGradeCol = 10;
    public const int QualityTonnesCol = 11;

    // 5-不確定性之評估.
    public const int UncertaintyLowerCol = 9;
    public const int UncertaintyUpperCol = 10;

    public RegisterLayout(int activityRows, int sources, int gasSlots)
    {
        ActivityRows = activityRows;
        Sources = sources;
        GasSlots = gasSlots;
    }

    public int ActivityRows { get; }

    public int Sources { get; }

    /// <summary>Gas columns per row: the most gases any factor has, at least three (CO₂, CH₄, N₂O).</summary>
    public int GasSlots { get; }

    public int LastActivityRow => FirstDataRow + ActivityRows - 1;

    public int LastSourceRow => FirstDataRow + Sources - 1;

    public int TotalCol => FirstSlotCol + (SlotWidth * GasSlots);

    public int FactorIdCol => TotalCol + 1;

    public int FactorSourceCol => TotalCol + 2;

    public static int SlotCol(int slot, int offset) => FirstSlotCol + (slot * SlotWidth) + offset;

    /// <summary>A whole data column of 3-定量盤查 as an absolute range.</summary>
    public string Activity(int column) => CellRefs.Range(Quantities, column, FirstDataRow, LastActivityRow);

    public static string SourceTonnes(int sourceIndex) => CellRefs.On(Quality, QualityTonnesCol, FirstDataRow + sourceIndex);
}
