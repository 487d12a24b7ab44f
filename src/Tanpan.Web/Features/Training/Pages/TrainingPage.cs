using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Tanpan.Web.Components;

namespace Tanpan.Web.Features.Training.Pages;

/// <summary>What the agency's training pages share: the member checks, the training service and this feature's strings.</summary>
public abstract class TrainingPage : MemberPage
{
    [Inject]
    protected TrainingService Training { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<TrainingResource> R { get; set; } = default!;

    /// <summary>False (after a redirect or a 404) unless a member who may see the agency's courses is signed in (not verifiers).</summary>
    protected bool EnsureTrainingReader()
    {
        if (!EnsureMember())
        {
            return false;
        }

        if (!Training.CanRead)
        {
            NotFound();
            return false;
        }

        return true;
    }

    protected static string TierName(string key) => TrainingTiers.Find(key) is { } tier ? TierName(tier) : key;

    protected static string TierName(TrainingTier tier) => English ? tier.NameEn : tier.NameZh;

    protected static string DateText(DateOnly date) => date.ToString(English ? "yyyy-MM-dd (ddd)" : "yyyy年M月d日（ddd）", CultureInfo.CurrentCulture);

    protected static string HoursText(decimal hours) => hours.ToString("0.##", CultureInfo.CurrentCulture);

    protected string StatusName(string status) => R[$"Status_{status}"];
}
