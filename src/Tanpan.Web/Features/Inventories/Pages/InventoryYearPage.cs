using System.Globalization;
using Tanpan.Web.Components;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Inventories.Pages;

/// <summary>The pages that create or edit an inventory year: the member page plus the form ↔ API request mapping.</summary>
public abstract class InventoryYearPage : MemberPage
{
    /// <summary>The API request for an inventory form; a field that could not be read is sent empty (its message is set).</summary>
    protected InventoryRequest ToRequest(InventoryForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var year = Whole("year", form.Year);
        BoundaryApproach? boundary = Enum.TryParse<BoundaryApproach>(form.Boundary, out var b) ? b : null;
        var start = Date("periodStart", form.PeriodStart);
        var end = Date("periodEnd", form.PeriodEnd);
        return new InventoryRequest(year, boundary, start, end, form.FactorSetId, form.GwpSetId, form.IsBaseYear);
    }

    protected static InventoryForm ToForm(InventoryYear y) => new()
    {
        Year = y.Year.ToString(CultureInfo.InvariantCulture),
        Boundary = y.Boundary.ToString(),
        PeriodStart = y.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PeriodEnd = y.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        FactorSetId = y.FactorSetId,
        GwpSetId = y.GwpSetId,
        IsBaseYear = y.IsBaseYear,
        Version = y.RowVersion.ToString(CultureInfo.InvariantCulture),
    };
}
