using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Tanpan.Web.Components;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Programmes.Pages;

/// <summary>What the programme pages share: the agency's services, this feature's strings and the names of things.</summary>
public abstract class ProgrammePage : MemberPage
{
    [Inject]
    protected ProgrammeAdmin Admin { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<ProgrammesResource> G { get; set; } = default!;

    /// <summary>False (after a redirect or a 404) unless a member of the agency who may read programmes is signed in.</summary>
    protected bool EnsureProgrammeReader()
    {
        if (!EnsureMember())
        {
            return false;
        }

        if (!Admin.CanRead)
        {
            NotFound();
            return false;
        }

        return true;
    }

    protected static string Name(ProgrammeService s) => English ? s.NameEn : s.NameZh;

    protected static string Title(Programme p) => English ? p.TitleEn : p.TitleZh;

    protected string StateName(string state) => G[$"State_{state}"];

    protected static string StageName(string? key) => OffsetStages.Find(key) is { } s ? (English ? s.NameEn : s.NameZh) : "";

    /// <summary>NT$ as shown: grouped, no decimals.</summary>
    protected static string Ntd(decimal value) => value.ToString("#,##0", CultureInfo.CurrentCulture);

    protected static string When(DateTimeOffset? at) => at is { } t ? ProgrammeIntake.TaipeiTime(t).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    protected static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>The rule outcomes of a request in the page's language (the officer sees "not checked" too).</summary>
    protected string CheckText(string key, RuleResult result) => $"{G[$"Rule_{key}"]}{Colon(G[$"Result_{result}"])}";

    /// <summary>" (text)" in English, "（text）" in Chinese.</summary>
    protected static string Paren(string text) => English ? $" ({text})" : $"（{text}）";

    /// <summary>": text" in English, "：text" in Chinese.</summary>
    protected static string Colon(string text) => English ? $": {text}" : $"：{text}";

    protected static bool IsOwner(TenantContext tenant) => tenant.Role == MembershipRole.Owner;
}
