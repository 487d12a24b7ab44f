namespace Tanpan.Web.Components;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;ConflictResource&gt;</c>: the "changed by someone else" panel of edit forms
/// (<c>Components/EditConflict.razor</c>) in <c>ConflictResource.resx</c> beside it (Traditional Chinese) and <c>.en.resx</c>.
/// </summary>
public sealed class ConflictResource;
