namespace Tanpan.Web.Features.Inventories.Pages;

/// <summary>An administrator's unlock; the reason is checked by <c>InventoriesApi.UnlockInventoryAsync</c>.</summary>
public sealed class UnlockForm
{
    public string? Reason { get; set; }
}
