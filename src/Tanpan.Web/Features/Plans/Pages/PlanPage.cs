using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Tanpan.Core.Reduction;
using Tanpan.Web.Components;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Plans.Pages;

/// <summary>What the plan and target pages share: the flow page's member checks and field messages, the plan service and this feature's strings.</summary>
public abstract class PlanPage : MemberPage
{
    [Inject]
    protected PlanService Plans { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<PlansResource> P { get; set; } = default!;

    /// <summary>False (after a redirect or a 404) unless a member who may see plans is signed in.</summary>
    protected bool EnsurePlanReader()
    {
        if (!EnsureMember())
        {
            return false;
        }

        if (!Plans.CanRead)
        {
            NotFound();
            return false;
        }

        return true;
    }

    protected static string Tonnes(decimal? value) => PlanNumbers.Tonnes(value);

    protected static string Ntd(decimal? value) => PlanNumbers.Ntd(value);

    /// <summary>The IRR, or why there is no single one when the cash flows are uneven (none, or several rates listed).</summary>
    protected string Irr(MeasureResult? result) => PlanNumbers.Irr(result, P);

    /// <summary>"key=value" lines as typed (parameters, milestones); a line without "=" is reported by the caller.</summary>
    protected static Dictionary<string, string>? Lines(string? text, out string? bad)
    {
        bad = null;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var at = line.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                bad = line;
                return null;
            }

            values[line[..at].Trim().TrimStart('-')] = line[(at + 1)..].Trim();
        }

        return values;
    }

    /// <summary>Every message whose field starts with <paramref name="prefix"/>, joined.</summary>
    protected string? ErrorsStartingWith(string prefix)
    {
        var messages = Errors.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(e => e.Value).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }
}
