namespace Tanpan.Core.Cbam;

/// <summary>The aggregated goods categories of Regulation (EU) 2023/956 Annex I (the sector names are informative; the CN codes decide).</summary>
public enum CbamGoodsCategory
{
    Cement,
    Electricity,
    Fertilisers,
    IronAndSteel,
    Aluminium,
    Hydrogen,
}
