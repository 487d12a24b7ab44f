namespace Tanpan.Web.Features.Members.Pages;

/// <summary>A member as typed on the members pages; <see cref="MemberService"/> checks every rule.</summary>
public sealed class MemberForm
{
    public string? Email { get; set; }

    /// <summary>A <see cref="Data.Entities.MembershipRole"/> name.</summary>
    public string? Role { get; set; }

    /// <summary>An inventory id, or empty for all inventories.</summary>
    public string? InventoryYearId { get; set; }

    public Data.Entities.MembershipRole? ParsedRole =>
        Enum.TryParse<Data.Entities.MembershipRole>(Role, ignoreCase: false, out var role) && Enum.IsDefined(role) ? role : null;

    public Guid? ParsedInventoryYearId => Guid.TryParse(InventoryYearId, out var id) ? id : null;
}
