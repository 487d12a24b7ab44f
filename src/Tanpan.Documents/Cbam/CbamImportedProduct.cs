namespace Tanpan.Documents.Cbam;

/// <summary>
/// One filled row of Summary_Products: the process, the aggregated goods category, the CN code, the product name and
/// the SEE (direct / indirect / total, tCO2e per t or MWh) as the supplier's workbook computed them.
/// </summary>
/// <param name="Row">The sheet row (10–109), for messages.</param>
public sealed record CbamImportedProduct(
    int Row,
    string ProcessName,
    string? GoodsCategory,
    string CnCode,
    string? ProductName,
    decimal SeeDirect,
    decimal? SeeIndirect,
    decimal SeeTotal);
