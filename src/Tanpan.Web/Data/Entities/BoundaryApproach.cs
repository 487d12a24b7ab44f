namespace Tanpan.Web.Data.Entities;

/// <summary>How the organisational boundary is consolidated (ISO 14064-1 clause 5.1).</summary>
public enum BoundaryApproach
{
    /// <summary>營運控制權.</summary>
    OperationalControl,

    /// <summary>財務控制權.</summary>
    FinancialControl,
}
