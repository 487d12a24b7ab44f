using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Tanpan.Web.Components;
using Tanpan.Web.Features.Programmes;

namespace Tanpan.Web.Features.ProgrammeKpis.Pages;

/// <summary>What the dashboard pages share: the strings of this feature and of the programmes (state names), number formats.</summary>
public abstract class KpiPage : MemberPage
{
    [Inject]
    protected IStringLocalizer<ProgrammeKpisResource> K { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<ProgrammesResource> G { get; set; } = default!;

    /// <summary>False (after a redirect or a 404) unless an owner, editor or viewer of the organisation is signed in.</summary>
    protected bool EnsureReader()
    {
        if (!EnsureMember())
        {
            return false;
        }

        if (!Infrastructure.MemberAccess.CanRead(Tenant) || Tenant.GrantId is not null)
        {
            NotFound();
            return false;
        }

        return true;
    }

    protected static string Whole(int value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    protected static string Tonnes(decimal value) => value.ToString("#,##0.0", CultureInfo.InvariantCulture);

    protected static string NameOf(KpiRow row) => English ? row.NameEn : row.NameZh;

    protected string StateName(string state) => G[$"State_{state}"];

    /// <summary>A year as the page shows it: 民國 in Chinese (112 年), Gregorian in English (2023).</summary>
    protected string YearLabel(int year) => English ? year.ToString(CultureInfo.InvariantCulture) : K["RocYear", (year - 1911).ToString(CultureInfo.InvariantCulture)];
}
