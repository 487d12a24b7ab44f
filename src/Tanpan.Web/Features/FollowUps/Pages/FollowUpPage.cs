using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Tanpan.Web.Components;

namespace Tanpan.Web.Features.FollowUps.Pages;

/// <summary>What the follow-up pages share: this feature's strings and the way days, states and numbers are shown.</summary>
public abstract class FollowUpPage : MemberPage
{
    [Inject]
    protected IStringLocalizer<FollowUpsResource> F { get; set; } = default!;

    protected string StateName(string state) => F[$"State_{state}"];

    protected static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    protected static string When(DateTimeOffset? at) => at is { } t ? t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    protected static string Programme(FollowUpView v) => English ? v.ProgrammeEn : v.ProgrammeZh;

    protected static string Service(FollowUpView v) => English ? v.ServiceEn : v.ServiceZh;

    /// <summary>The stored prefill trace in the page's language (stored as the Chinese line, then the English one).</summary>
    protected static string? Trace(string? stored) => stored?.Split('\n') is { } lines ? (English && lines.Length > 1 ? lines[1] : lines[0]) : null;

    /// <summary>Starts the form from the prefill when there is one, else from the year alone.</summary>
    protected static FollowUpInput NewInput(FormState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var input = new FollowUpInput { ReportingYear = state.View.FollowUp.ReportingYear.ToString(CultureInfo.InvariantCulture) };
        if (state.Prefill is { Found: true } p)
        {
            (input.Scope1, input.Scope2, input.Intensity) = (Prefill.Number(p.Scope1Tonnes), Prefill.Number(p.Scope2Tonnes), Prefill.Number(p.Intensity));
            input.IntensityUnit = English ? p.IntensityUnitEn : p.IntensityUnitZh;
        }

        return Rows(input);
    }

    /// <summary>Five measure rows, as the form renders them (a post binds only what was posted).</summary>
    protected static FollowUpInput Rows(FollowUpInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Measures = [.. (input.Measures ?? []).Select(m => m ?? new())];
        while (input.Measures.Count < FollowUpInput.MeasureRows)
        {
            input.Measures.Add(new());
        }

        return input;
    }
}
