using System.Text.RegularExpressions;
using System.Xml.Linq;
using Tanpan.Testing;

namespace Tanpan.Web.Tests.Features.DataSharing;

/// <summary>
/// Texts that send a user to a page (「資料分享」頁) or name a grant (「顧問進駐本組織工作區」授權) use the words the user
/// sees: a page by its menu item, a grant by its purpose as the sharing page lists it. The case pages once sent clients
/// to a 「共享」頁 and named a 「案件輔導」授權, neither of which is on any screen.
/// </summary>
public sealed partial class SharingNamesTests
{
    [Fact]
    public void ChineseTexts_NamePagesByTheirMenuItem_AndGrantsByTheirPurpose()
    {
        var shared = Values(RepositoryRoot.Combine("src", "Tanpan.Web", "Components", "SharedResource.resx"));
        var sharing = Values(RepositoryRoot.Combine("src", "Tanpan.Web", "Features", "DataSharing", "SharingResource.resx"));
        var menu = shared.Where(v => v.Key.StartsWith("Nav", StringComparison.Ordinal)).Select(v => v.Value).ToHashSet(StringComparer.Ordinal);
        var purposes = sharing.Where(v => v.Key.StartsWith("Purpose", StringComparison.Ordinal)).Select(v => v.Value).ToHashSet(StringComparer.Ordinal);
        menu.ShouldContain("資料分享");
        purposes.ShouldContain("顧問進駐本組織工作區");

        var wrong = new List<string>();
        var checkedCount = 0;
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("src", "Tanpan.Web"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal)))
        {
            foreach (var (key, value) in Values(file))
            {
                foreach (Match m in Named().Matches(value))
                {
                    checkedCount++;
                    var known = m.Groups["kind"].Value == "頁" ? menu : purposes;
                    if (!known.Contains(m.Groups["name"].Value))
                    {
                        wrong.Add($"{Path.GetFileName(file)} {key}: {m.Value}");
                    }
                }
            }
        }

        checkedCount.ShouldBeGreaterThanOrEqualTo(3);   // the case pages' two hints and the sector roll-up's introduction
        wrong.ShouldBeEmpty();
    }

    private static List<KeyValuePair<string, string>> Values(string resx) =>
        [.. XDocument.Load(resx).Root!.Elements("data").Select(d => new KeyValuePair<string, string>((string)d.Attribute("name")!, (string?)d.Element("value") ?? ""))];

    [GeneratedRegex("「(?<name>[^」]{1,30})」(?<kind>頁|授權)")]
    private static partial Regex Named();
}
