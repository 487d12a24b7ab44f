using Microsoft.Playwright;
using Tanpan.Testing;

namespace Tanpan.E2E;

/// <summary>Full-page screenshots under <c>TestResults/screenshots/</c> at the repository root (git-ignored).</summary>
internal static class Screenshots
{
    public static readonly string Folder = Path.Combine(RepositoryRoot.Path, "TestResults", "screenshots");

    public static Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }
}
