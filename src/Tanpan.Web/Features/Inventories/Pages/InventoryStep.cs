namespace Tanpan.Web.Features.Inventories.Pages;

/// <summary>The pages of one inventory, as listed by <c>InventorySteps</c>.</summary>
public enum InventoryStep
{
    /// <summary><c>/inventories/{id}</c>: the year's settings (boundary, period, pinned sets, base year).</summary>
    Overview,

    /// <summary><c>/inventories/{id}/sources</c>: the emission-source register and, per source, its activity data.</summary>
    Sources,

    /// <summary><c>/inventories/{id}/reminder</c>: the sources and months still without data (閱讀提醒).</summary>
    Reminder,

    /// <summary><c>/inventories/{id}/results</c>: totals, hotspots, traces.</summary>
    Results,

    /// <summary><c>/inventories/{id}/documents</c>: the 清冊 and 報告書 downloads, data quality and uncertainty.</summary>
    Documents,

    /// <summary><c>/inventories/{id}/lock</c>: submit and lock; an administrator unlocks with a reason.</summary>
    Lock,

    /// <summary><c>/inventories/{id}/audit</c>: who changed what, per inventory and per source.</summary>
    Audit,
}
