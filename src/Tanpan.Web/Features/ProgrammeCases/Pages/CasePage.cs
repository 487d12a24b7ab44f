using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Tanpan.Web.Components;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.ProgrammeCases.Pages;

/// <summary>What the case pages share: who sees which cases, this feature's strings and the names of things.</summary>
public abstract class CasePage : MemberPage
{
    [Inject]
    protected CaseScope Scope { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<ProgrammeCasesResource> C { get; set; } = default!;

    /// <summary>False (after a redirect or a 404) unless an agency reader or a consultant of a linked team is signed in.</summary>
    protected async Task<bool> EnsureCaseReaderAsync()
    {
        if (!EnsureMember())
        {
            return false;
        }

        if (!Scope.IsAgencyReader && await Scope.TeamAsync(Aborted) is null)
        {
            NotFound();
            return false;
        }

        return true;
    }

    protected static string StageName(string key) => CaseStages.Find(key) is { } s ? (English ? s.NameEn : s.NameZh) : "";

    protected static string ServiceName(ProgrammeService s) => English ? s.NameEn : s.NameZh;

    protected static string TeamName(ProgrammeTeam? t) => t is null ? "—" : English ? t.NameEn : t.NameZh;

    protected static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}
