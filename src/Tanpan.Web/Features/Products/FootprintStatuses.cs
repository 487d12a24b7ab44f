namespace Tanpan.Web.Features.Products;

/// <summary>The states of a footprint version (<c>ProductFootprintVersions.Status</c>).</summary>
public static class FootprintStatuses
{
    /// <summary>Computed and replaced by the next computation until locked.</summary>
    public const string Draft = "draft";

    /// <summary>Frozen: its stored result is shown and published as it is, never computed again.</summary>
    public const string Locked = "locked";
}
