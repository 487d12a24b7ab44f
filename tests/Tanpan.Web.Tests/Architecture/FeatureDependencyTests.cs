using System.Text.RegularExpressions;
using Tanpan.Testing;

namespace Tanpan.Web.Tests.Architecture;

/// <summary>
/// The architecture's picture (docs/architecture.md), enforced: which feature of the web host may use which, read from
/// the source (every <c>using</c>/<c>@using</c> of a feature namespace and every reference qualified by a feature's
/// name, in .cs and .razor files). A new dependency is a decision: add it to <see cref="Allowed"/> and to the picture.
/// </summary>
public sealed partial class FeatureDependencyTests
{
    /// <summary>Feature → the features it may use. Everything may use the kernel (Components, Infrastructure, Data) and Core.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Accounts"] = [],
        ["Cbam"] = ["Inventories"],
        ["Members"] = ["Accounts"],
        ["Home"] = ["Accounts", "Members", "Inventories", "Monitoring"],
        ["Inventories"] = ["Accounts"],
        ["ActivityImports"] = ["Accounts", "Inventories"],
        ["Evidence"] = ["Accounts", "Inventories"],
        ["Planning"] = ["Inventories"],
        ["Plans"] = ["Inventories"],
        ["Tariffs"] = [],
        ["Meters"] = ["Accounts", "Inventories", "Tariffs"],
        ["Monitoring"] = ["Accounts", "Inventories", "Meters", "Tariffs"],
        ["Pact"] = ["Monitoring"],
        ["Products"] = ["Inventories", "Pact"],
        ["ActionPlans"] = [],
        ["Programmes"] = [],
        ["Training"] = ["Programmes"],
        ["DataSharing"] = [],
        ["FirstAnswer"] = ["Inventories"],
        ["ProgrammeCases"] = ["Evidence", "Programmes"],
        ["FollowUps"] = ["Inventories"],
        ["ProgrammeKpis"] = ["ProgrammeCases", "Programmes"],
    };

    private static string Web => RepositoryRoot.Combine("src", "Tanpan.Web");

    private static string[] Features => [.. Directory.GetDirectories(Path.Combine(Web, "Features")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public void EveryFeature_IsInTheTable()
    {
        Features.ShouldBe(Allowed.Keys.Order(StringComparer.Ordinal), ignoreOrder: false);
    }

    [Fact]
    public void FeatureDependencies_AreExactlyTheAllowedOnes()
    {
        var actual = Features.ToDictionary(f => f, f => Uses(f, Path.Combine(Web, "Features", f)));
        var unexpected = actual.SelectMany(kv => kv.Value.Where(u => !Allowed[kv.Key].Contains(u.Key)).Select(u => $"{kv.Key} → {u.Key} ({u.Value})")).ToList();
        var unused = Allowed.SelectMany(kv => kv.Value.Where(u => !actual[kv.Key].ContainsKey(u)).Select(u => $"{kv.Key} → {u}")).ToList();

        unexpected.ShouldBeEmpty("dependencies not in the table (add them on purpose, or remove them)");
        unused.ShouldBeEmpty("allowed dependencies no longer used (remove them from the table and the picture)");
    }

    [Fact]
    public void AllowedDependencies_HaveNoCycle()
    {
        var cycles = Allowed.Keys.Select(f => CycleFrom(f, f, [])).Where(c => c is not null).ToList();

        cycles.ShouldBeEmpty();
    }

    [Fact]
    public void Kernel_UsesNoFeature()
    {
        var kernel = new[] { "Components", "Infrastructure", "Data" }
            .SelectMany(k => Uses(null, Path.Combine(Web, k)).Select(u => $"{k} → {u.Key} ({u.Value})"))
            .ToList();

        kernel.ShouldBeEmpty();
    }

    [Fact]
    public void RootImports_ImportNoFeature()
    {
        File.ReadAllText(Path.Combine(Web, "_Imports.razor")).ShouldNotContain("Tanpan.Web.Features");
    }

    /// <summary>The self-check: a made-up file using two features is read as using both.</summary>
    [Fact]
    public void Reader_FindsUsingsAndQualifiedNames()
    {
        using var folder = new TempDirectory();
        folder.Write("A.cs", "using Tanpan.Web.Features.Meters.Ingest;\nnamespace Tanpan.Web.Features.Plans;\nclass A { object x = Accounts.Problems.NotFound(); object y = db.Meters.Count(); object z = Features.Evidence.EvidenceKind.Photo; }\n");
        folder.Write("B.razor", "@using Tanpan.Web.Features.Tariffs\n<p>@Monitoring.AlertKinds.Name</p>\n");

        Uses("Plans", folder.Path).Keys.Order(StringComparer.Ordinal).ShouldBe(["Accounts", "Evidence", "Meters", "Monitoring", "Tariffs"]);
    }

    /// <summary>Feature → the first file that uses it, for every feature used by the files under <paramref name="folder"/>.</summary>
    private static Dictionary<string, string> Uses(string? self, string folder)
    {
        var names = Features;
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var code = StripComments(File.ReadAllText(file));
            foreach (var name in names.Where(n => n != self && !found.ContainsKey(n)))
            {
                if (Regex.IsMatch(code, $@"\bFeatures\.{name}\b|(?<![\w.]){name}\.[A-Z]"))
                {
                    found[name] = Path.GetRelativePath(Web, file);
                }
            }
        }

        return found;
    }

    /// <summary>Comments and doc comments may name any type (<c>&lt;see cref&gt;</c> is no dependency of the running code).</summary>
    private static string StripComments(string code) => CommentPattern().Replace(code, "");

    private static string? CycleFrom(string start, string at, List<string> path)
    {
        foreach (var next in Allowed[at])
        {
            if (next == start)
            {
                return string.Join(" → ", path.Prepend(start).Append(next));
            }

            if (!path.Contains(next) && path.Count < Allowed.Count && CycleFrom(start, next, [.. path, next]) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex CommentPattern();
}
