namespace Tanpan.Web.Components;

/// <summary>
/// A page with no form to post (<c>@attribute [GetOnly]</c>): its endpoint answers GET only, so a POST gets
/// 405 instead of Blazor's 400 "no form on the page has that name". Applied by <see cref="UiHostingExtensions.MapTanpanUi"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GetOnlyAttribute : Attribute;
