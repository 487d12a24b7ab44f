namespace Tanpan.Documents.Cbam.Workbook;

/// <summary>
/// Where the template puts each repeated block or row (version 13 December 2024): one D_Processes block of 65 rows per
/// process from row 11, one E_PurchPrec block of 44 rows per purchased precursor from row 14, InputOutput rows 71–80
/// for P1–P10 and 81–100 for PP1–PP20, and the table rows of the other sheets.
/// </summary>
internal static class CbamLayout
{
    public static int ProcessBlock(int n) => 11 + (65 * (n - 1));

    public static int PurchasedBlock(int k) => 14 + (44 * (k - 1));

    public static int InputOutputProcess(int n) => 70 + n;

    public static int InputOutputPurchased(int k) => 80 + k;

    public static int SummaryProcess(int n) => 101 + n;

    public static int SummaryPurchased(int k) => 114 + k;

    public static int Product(int i) => 9 + i;

    public static int CommunicationProduct(int i) => 25 + i;

    public static int Source(int j) => 16 + j;

    public static int Goods(int g) => 61 + g;

    public static int InstProcess(int n) => 82 + n;

    public static int InstPurchased(int k) => 101 + k;

    /// <summary>The InputOutput row of a process or purchased precursor key.</summary>
    public static int InputOutputRow(CbamFigures f, string key) =>
        f.IsProcess(key) ? InputOutputProcess(f.ProcessNumber(key)) : InputOutputPurchased(f.PurchasedNumber(key));

    public static string Roman(int i) => i switch
    {
        1 => "i.", 2 => "ii.", 3 => "iii.", 4 => "iv.", 5 => "v.", 6 => "vi.", 7 => "vii.", 8 => "viii.", 9 => "ix.", 10 => "x.",
        11 => "xi.", 12 => "xii.", 13 => "xiii.", 14 => "xiv.", _ => throw new ArgumentOutOfRangeException(nameof(i)),
    };
}
