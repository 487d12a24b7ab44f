using Tanpan.Cli.Output;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Documents.Factors;

namespace Tanpan.Cli.Inventories;

/// <summary>
/// The part every <c>inventory</c> command shares: check the factor and GWP set names, read the user
/// factors and the activity file, calculate. Any problem is printed to stderr and ends in
/// <see cref="TanpanCli.BadInput"/> with nothing computed.
/// </summary>
internal sealed record InventoryInput(string Path, string Format, FactorSet Set, InventoryResult Result)
{
    public static InventoryInput? Load(string path, string setId, string gwpId, string? userFactorPath, bool keepRows, TextWriter error)
    {
        var library = FactorLibrary.Shipped;
        var set = library.FindSet(setId);
        var gwp = library.FindGwpSet(gwpId);
        if (set is null || gwp is null)
        {
            error.WriteLine(set is null
                ? $"錯誤：不明的係數集「{setId}」/ error: unknown factor set '{setId}' (use {string.Join(" or ", library.Sets.Select(s => s.Id))})"
                : $"錯誤：不明的 GWP 版本「{gwpId}」/ error: unknown GWP set '{gwpId}' (use AR4, AR5 or AR6)");
            return null;
        }

        IReadOnlyList<EmissionFactor> custom = [];
        if (userFactorPath is not null)
        {
            var (factors, factorIssues) = UserFactorFile.Read(userFactorPath, library.Materials);
            if (factorIssues.Count > 0)
            {
                IssueWriter.Write(error, userFactorPath, factorIssues);
                return null;
            }

            custom = factors;
        }

        InventoryOutcome outcome;
        string format;
        try
        {
            var file = ActivityFileReader.Open(path);
            if (file.FileIssues.Count > 0)
            {
                IssueWriter.Write(error, path, file.FileIssues);
                return null;
            }

            var options = new InventoryOptions(set.Id, gwp.Id) { UserFactors = custom, KeepRows = keepRows };
            format = file.Format;
            outcome = InventoryCalculation.Run(ReadAhead.Of(file.Records), options, library);
        }
        catch (Exception e) when ((e as ActivityFileRefusedException ?? e.InnerException as ActivityFileRefusedException) is { } refused)
        {
            IssueWriter.Write(error, path, [new ActivityIssue(1, "file", refused.MessageZh, refused.MessageEn)]);
            return null;
        }

        if (!outcome.Succeeded)
        {
            IssueWriter.Write(error, path, outcome.Issues);
            return null;
        }

        return new InventoryInput(path, format, set, outcome.Result!);
    }
}
