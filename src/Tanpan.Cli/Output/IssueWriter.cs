using Tanpan.Core.Inventory;

namespace Tanpan.Cli.Output;

/// <summary>Prints bad rows: line as in the file, column, reason in Chinese and English.</summary>
internal static class IssueWriter
{
    public static void Write(TextWriter error, string path, IReadOnlyList<ActivityIssue> issues)
    {
        var rows = issues.Select(i => i.Line).Distinct().Count();
        error.WriteLine($"錯誤：{path} 有 {rows} 列無法使用，未計算任何排放量。");
        error.WriteLine($"error: {path} has {rows} bad row(s); nothing was calculated.");
        foreach (var issue in issues.OrderBy(i => i.Line))
        {
            error.WriteLine($"  line {issue.Line}, column {issue.Column}: {issue.MessageZh} / {issue.MessageEn}");
        }
    }
}
