using Tanpan.Core.ActionPlans;
using Tanpan.Documents.ActionPlanReport;
using Tanpan.Testing;

namespace Tanpan.Documents.Tests.ActionPlanReport;

/// <summary>The shipped sample samples/action-plans/seed002-manufacturing-2021.csv (seed 002, 110 年), read once.</summary>
internal static class SampleActionPlan
{
    public static readonly string Path = RepositoryRoot.Combine("samples", "action-plans", "seed002-manufacturing-2021.csv");

    private static readonly Lazy<ActionPlan> Plan = new(() =>
    {
        var result = ActionPlanFile.Read(File.ReadAllBytes(Path));
        result.Issues.ShouldBeEmpty();
        return result.Plan!;
    });

    public static ActionPlan Seed002 => Plan.Value;

    public static ActionPlanTables Report => ActionPlanCalculator.Report(Seed002);
}
