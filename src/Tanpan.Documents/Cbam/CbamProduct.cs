namespace Tanpan.Documents.Cbam;

/// <summary>
/// One row of Summary_Products (rows 10–109): a CN code a process makes. Its SEE (direct), SEE (indirect) and SEE
/// (total) are formulas taken from the process (Summary_Processes), as in the template.
/// </summary>
/// <param name="ProcessKey">The <see cref="CbamProcess.Key"/> of the process the product arises from (column D).</param>
/// <param name="CnCode">Column F "CN Codes": the 8-digit CN code, digits only (e.g. 73181588).</param>
/// <param name="ProductName">Column H "Product name (used for communication with reporting declarant, e.g. on invoices)".</param>
/// <param name="CnName">Column G "CN Name", the CN description, or null.</param>
public sealed record CbamProduct(string ProcessKey, string CnCode, string ProductName, string? CnName = null);
