using Microsoft.Playwright;

namespace Tanpan.E2E;

/// <summary>Full-page screenshots under <c>TestResults/screenshots/</c> at the repository root (git-ignored).</summary>
internal static class Screenshots
{
    public static readonly string Folder = Path.Combine(RepositoryRoot(), "TestResults", "screenshots");

    public static Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tanpan.slnx")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
