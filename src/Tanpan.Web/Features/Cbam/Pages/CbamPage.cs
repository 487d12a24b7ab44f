using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Tanpan.Core.Cbam;
using Tanpan.Web.Components;

namespace Tanpan.Web.Features.Cbam.Pages;

/// <summary>What the CBAM pages share: the member checks, the CBAM service and this feature's strings.</summary>
public abstract class CbamPage : MemberPage
{
    [Inject]
    protected CbamService Cbam { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<CbamResource> C { get; set; } = default!;

    /// <summary>False (after a redirect or a 404) unless a member who may see CBAM data is signed in (not verifiers).</summary>
    protected bool EnsureCbamReader()
    {
        if (!EnsureMember())
        {
            return false;
        }

        if (!Cbam.CanRead)
        {
            NotFound();
            return false;
        }

        return true;
    }

    /// <summary>A CN code grouped as the regulations print it (7318 15 00).</summary>
    protected static string Cn(string digits) => CnCode.TryParse(digits, out var cn) ? cn.ToString() : digits;

    /// <summary>The goods category of a CN code in the page's language (鋼鐵, 鋁 …).</summary>
    protected static string Category(string digits) =>
        CnCode.TryParse(digits, out var cn) && CbamGoods.Category(cn) is { } c ? (English ? CbamGoods.NameEn(c) : CbamGoods.NameZh(c)) : "—";

    /// <summary>Tonnes or t/t as shown: up to four decimals, grouped.</summary>
    protected static string Tonnes(decimal? value) => value?.ToString("#,##0.####", CultureInfo.CurrentCulture) ?? "—";

    /// <summary>Euros as shown: whole euros, grouped.</summary>
    protected static string Eur(decimal? value) => value?.ToString("#,##0", CultureInfo.CurrentCulture) ?? "—";
}
