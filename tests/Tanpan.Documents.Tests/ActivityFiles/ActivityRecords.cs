using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Documents.ActivityFiles;

namespace Tanpan.Documents.Tests.ActivityFiles;

/// <summary>Reads an opened file's records and parses them the way the calculation will.</summary>
internal static class ActivityRecords
{
    public static List<RawActivityRecord> Of(ActivityFile file)
    {
        file.FileIssues.ShouldBeEmpty();
        return [.. file.Records];
    }

    public static List<RawActivityRecord> Read(string path) => Of(ActivityFileReader.Open(path));

    /// <summary>The record as a validated row; fails the test if the row has any issue.</summary>
    public static ActivityRow Parse(RawActivityRecord raw)
    {
        var issues = new List<ActivityIssue>();
        var row = new ActivityRowReader(FactorLibrary.Shipped.Materials).Read(raw, issues);
        issues.ShouldBeEmpty();
        return row.ShouldNotBeNull();
    }

    /// <summary>The file issue, asserting there is exactly one and no records.</summary>
    public static ActivityIssue SingleIssue(ActivityFile file)
    {
        file.Records.ShouldBeEmpty();
        return file.FileIssues.ShouldHaveSingleItem();
    }
}
