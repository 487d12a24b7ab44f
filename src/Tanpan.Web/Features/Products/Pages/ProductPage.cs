using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Tanpan.Core.Products;
using Tanpan.Web.Components;

namespace Tanpan.Web.Features.Products.Pages;

/// <summary>What the product pages share: the member checks and field messages, the product service and this feature's strings.</summary>
public abstract class ProductPage : MemberPage
{
    [Inject]
    protected ProductService Products { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<ProductsResource> P { get; set; } = default!;

    /// <summary>False (after a redirect or a 404) unless a member who may see products is signed in (not verifiers).</summary>
    protected bool EnsureProductReader()
    {
        if (!EnsureMember())
        {
            return false;
        }

        if (!Products.CanRead)
        {
            NotFound();
            return false;
        }

        return true;
    }

    /// <summary>A declared unit's name in the page's language (件, 公斤 …); the key itself when unknown.</summary>
    protected static string UnitName(string? key) =>
        DeclaredUnit.Parse(key) is { } unit ? (English ? unit.NameEn : unit.NameZh) : key ?? "";

    /// <summary>kg CO2e as shown: up to four decimals, grouped.</summary>
    protected static string Kg(decimal value) => value.ToString("#,##0.####", CultureInfo.CurrentCulture);

    /// <summary>A quantity as shown: up to six decimals, grouped.</summary>
    protected static string Amount(decimal? value) => value?.ToString("#,##0.######", CultureInfo.CurrentCulture) ?? "—";

    /// <summary>The stage's name (原料取得, 製造 …) from its key.</summary>
    protected string StageName(string key) => P[$"Stage_{key}"];

    /// <summary>One language's half of a Core reason written "中文 / English" (or "中文）/ English").</summary>
    protected static string OneLanguage(string text)
    {
        // The Chinese half uses the full-width ／, so the first ASCII "/ " is the separator (after "）" there is no space).
        var at = text.IndexOf("/ ", StringComparison.Ordinal);
        return at < 0 ? text : (English ? text[(at + 2)..] : text[..at]).Trim();
    }
}
