using System.Runtime.CompilerServices;
using System.Text;

namespace Tanpan.Testing;

/// <summary>
/// Golden-file check: compares text with <c>{Class}.{Test}.approved.txt</c> next to the test's source
/// file. On a mismatch it writes <c>.received.txt</c> beside it (git-ignored) and fails with a line diff;
/// to approve, review the received file and rename it.
/// </summary>
internal static partial class Approvals
{
    public static void Verify(string received, [CallerFilePath] string testFile = "", [CallerMemberName] string test = "")
    {
        var directory = Path.GetDirectoryName(testFile);
        if (!Directory.Exists(directory))
        {
            throw new InvalidOperationException($"Golden files live next to the test source; '{directory}' is not there.");
        }

        var stem = Path.Combine(directory, $"{Path.GetFileName(testFile).Split('.')[0]}.{test}");
        var approvedPath = stem + ".approved.txt";
        var receivedPath = stem + ".received.txt";
        received = received.ReplaceLineEndings("\n");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        throw new Xunit.Sdk.XunitException(approved is null
            ? $"No approved file. Review {receivedPath} and rename it to {Path.GetFileName(approvedPath)}."
            : $"Output differs from {approvedPath} (- approved, + received); received written to {receivedPath}\n{Diff(approved, received)}");
    }

    /// <summary>A line diff from the longest common subsequence; the texts here are short.</summary>
    private static string Diff(string approved, string received)
    {
        var a = approved.Split('\n');
        var b = received.Split('\n');
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var diff = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                diff.Append("  ").AppendLine(a[x++]);
                y++;
            }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                diff.Append("- ").AppendLine(a[x++]);
            }
            else
            {
                diff.Append("+ ").AppendLine(b[y++]);
            }
        }

        return diff.ToString();
    }
}
