namespace Tanpan.Documents.Cbam;

/// <summary>
/// The sheet names of the Commission's "CBAM Communication template for installations" (version 13 December 2024)
/// that the written workbook reproduces, in the template's order.
/// </summary>
public static class CbamTemplateSheets
{
    public const string InstData = "A_InstData";
    public const string EmInst = "B_EmInst";
    public const string EmissionsEnergy = "C_Emissions&Energy";
    public const string Processes = "D_Processes";
    public const string PurchasedPrecursors = "E_PurchPrec";
    public const string SummaryProcesses = "Summary_Processes";
    public const string SummaryProducts = "Summary_Products";
    public const string SummaryCommunication = "Summary_Communication";

    /// <summary>Hidden in the template: the SEE of every process and purchased precursor (rows 71–100).</summary>
    public const string InputOutput = "InputOutput";

    /// <summary>Hidden in the template: its constants (CONST_EFNatGas, CONST_NA, CONST_tCO2eq).</summary>
    public const string ParametersConstants = "Parameters_Constants";
}
