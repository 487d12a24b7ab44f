namespace Tanpan.Web.Features.Inventories.Pages;

/// <summary>One activity entry as typed: a month of the grid, or a per-bill entry (month empty = the whole year).</summary>
public sealed class EntryForm
{
    /// <summary>The entry being edited (per-bill form); empty for a new one.</summary>
    public string? EntryId { get; set; }

    /// <summary>The entry's version when the form was opened (<c>IVersioned.RowVersion</c>); a save from an older one is refused with 409.</summary>
    public string? Version { get; set; }

    public string? Year { get; set; }

    public string? Month { get; set; }

    public string? Amount { get; set; }

    public string? Unit { get; set; }

    /// <summary>NT$ paid, for an amount estimated from a receipt without a quantity.</summary>
    public string? AmountPaidNtd { get; set; }

    /// <summary>NT$ per unit, with <see cref="AmountPaidNtd"/>.</summary>
    public string? UnitPriceNtd { get; set; }

    /// <summary>One of <see cref="DataSourceMethods.Known"/>.</summary>
    public string? Method { get; set; }

    /// <summary>The method's text when <see cref="Method"/> is "other".</summary>
    public string? MethodOther { get; set; }

    public string? Note { get; set; }

    /// <summary>First day of the bill's 計費期間 (yyyy-MM-dd), optional; with <see cref="BillTo"/> a bill crossing the year is split by days.</summary>
    public string? BillFrom { get; set; }

    /// <summary>Last day of the bill's 計費期間 (inclusive).</summary>
    public string? BillTo { get; set; }

    /// <summary>Why this entry is kept although its period overlaps another of the source (per-bill form only).</summary>
    public string? OverlapReason { get; set; }
}

/// <summary>The month grid: one row per month of the inventory period.</summary>
public sealed class MonthGridForm
{
    public List<EntryForm> Rows { get; set; } = [];
}
