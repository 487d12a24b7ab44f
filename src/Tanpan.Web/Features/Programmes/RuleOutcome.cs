namespace Tanpan.Web.Features.Programmes;

/// <summary>The outcome of one eligibility or priority rule for one request, with its reason in both languages.</summary>
public sealed record RuleOutcome(string Key, RuleResult Result, string Chinese, string English)
{
    /// <summary>The line stored in <see cref="Data.Entities.ProgrammeRequest.Checks"/>: "key=met".</summary>
    public string Line => $"{Key}={Names[Result]}";

    private static readonly Dictionary<RuleResult, string> Names = new()
    {
        [RuleResult.Met] = "met",
        [RuleResult.NotMet] = "not-met",
        [RuleResult.NotChecked] = "not-checked",
    };

    /// <summary>Reads <see cref="Data.Entities.ProgrammeRequest.Checks"/> back as (key, result) pairs.</summary>
    public static IReadOnlyList<(string Key, RuleResult Result)> Parse(string checks) =>
        [.. checks.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2 && Names.ContainsValue(parts[1]))
            .Select(parts => (parts[0], Names.Single(n => n.Value == parts[1]).Key))];
}

public enum RuleResult
{
    Met,
    NotMet,

    /// <summary>The rule could not be checked (e.g. no training register is installed); never counted as met.</summary>
    NotChecked,
}
