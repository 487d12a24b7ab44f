namespace Tanpan.Web.Features.Inventories.Pages;

/// <summary>The "submit and lock" form: the user confirms they checked the results.</summary>
public sealed class LockForm
{
    public bool Checked { get; set; }
}
