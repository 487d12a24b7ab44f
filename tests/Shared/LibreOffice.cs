using System.Diagnostics;

namespace Tanpan.Testing;

/// <summary>
/// Runs LibreOffice headless (<c>soffice --convert-to</c>) with a private profile, so tests can run side by
/// side. A machine without LibreOffice fails the test with what to install: it never skips silently.
/// </summary>
internal static class LibreOffice
{
    /// <summary>Every sheet to UTF-8 CSV, full precision (not "as shown"): one file per sheet, <c>{stem}-{sheet}.csv</c>.</summary>
    public const string CsvAllSheets = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    /// <summary>
    /// Converts <paramref name="input"/>. With <paramref name="recalculate"/> the profile tells Calc to recalculate
    /// every formula on load (its default for .xlsx is to trust the cached values).
    /// </summary>
    public static string Convert(string input, string format, string outputDirectory, bool recalculate = false)
    {
        var soffice = Find() ?? throw new Xunit.Sdk.XunitException(
            "LibreOffice is not installed (no soffice on PATH). Install it with: . scripts/lib/apt.sh; apt_ensure libreoffice-calc libreoffice-writer " +
            "(scripts/test does this).");
        var profile = Path.Combine(outputDirectory, "lo-profile");
        if (recalculate)
        {
            Directory.CreateDirectory(Path.Combine(profile, "user"));
            File.WriteAllText(Path.Combine(profile, "user", "registrymodifications.xcu"), RecalculateAlways);
        }
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "--headless", "--norestore", $"-env:UserInstallation=file://{profile}", "--convert-to", format, "--outdir", outputDirectory, input },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"soffice did not finish converting {input} in 3 minutes.");
        }

        var log = stdout.Result + stderr.Result;
        process.ExitCode.ShouldBe(0, log);
        return log;
    }

    private const string RecalculateAlways = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        </oor:items>
        """;

    /// <summary>The number of pages of a PDF (poppler's <c>pdfinfo</c>).</summary>
    public static int PdfPages(string pdf)
    {
        var info = Poppler("pdfinfo", pdf);
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The text of a PDF as laid out on its pages (poppler's <c>pdftotext -layout</c>).</summary>
    public static string PdfText(string pdf) => Poppler("pdftotext", "-layout", pdf, "-");

    private static string Poppler(string tool, params string[] arguments)
    {
        var path = Find(tool) ?? throw new Xunit.Sdk.XunitException(
            $"{tool} is not installed. Install it with: . scripts/lib/apt.sh; apt_ensure poppler-utils (scripts/test does this).");
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(1)).ShouldBeTrue($"{tool} did not finish");
        process.ExitCode.ShouldBe(0, stderr.Result);
        return stdout.Result;
    }

    private static string? Find(string tool = "soffice") =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);
}
