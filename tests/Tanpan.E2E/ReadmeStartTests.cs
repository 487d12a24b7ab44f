using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Tanpan.Testing;

namespace Tanpan.E2E;

/// <summary>
/// The app started the way a new user starts it: the README's first command on a fresh copy of the repository
/// (Production, no settings), and a published build. Every page must link a stylesheet that arrives complete,
/// whether or not the browser accepts gzip (issue 15: the README start once served it empty to every browser),
/// and the address to open must be among the first lines the app prints.
/// </summary>
public sealed partial class ReadmeStartTests
{
    /// <summary>Start-up may print this many lines before the address (EF and framework logs at Warning).</summary>
    private const int AddressWithinLines = 12;

    [Fact]
    public async Task ReadmeFirstCommand_OnAFreshCopy_ServesTheCompleteStylesheet()
    {
        using var copy = FreshCopy();
        await using var app = await AppProcess.StartAsync(
            "dotnet", ["run", "--project", "src/Tanpan.Web"], copy.Path);

        await AssertCompleteStylesheetAsync(app, Path.Combine(copy.Path, "src", "Tanpan.Web", "wwwroot", "app.css"));
    }

    /// <summary>
    /// The published build, in a test class of its own so that its build from scratch runs beside the README start's
    /// rather than after it (each is minutes on two cores).
    /// </summary>
    public sealed class Published
    {
        [Fact]
        public async Task PublishedBuild_ServesTheCompleteStylesheet()
        {
            using var copy = FreshCopy();
            var output = Path.Combine(copy.Path, "published");
            var publish = await AppProcess.RunToEndAsync(
                "dotnet", ["publish", "src/Tanpan.Web", "-c", "Release", "-o", output, "--nologo"], copy.Path);
            Assert.True(publish.ExitCode == 0, publish.Output);

            await using var app = await AppProcess.StartAsync("dotnet", ["Tanpan.Web.dll"], output);

            await AssertCompleteStylesheetAsync(app, Path.Combine(copy.Path, "src", "Tanpan.Web", "wwwroot", "app.css"));
        }
    }

    private static async Task AssertCompleteStylesheetAsync(AppProcess app, string sourceCss)
    {
        var addressLine = app.Lines.FindIndex(l => l.Contains("Now listening on:", StringComparison.Ordinal));
        Assert.True(addressLine is >= 0 and < AddressWithinLines, "start-up printed:\n" + string.Join('\n', app.Lines));

        using var handler = new HttpClientHandler { AllowAutoRedirect = true, AutomaticDecompression = DecompressionMethods.None };
        using var client = new HttpClient(handler) { BaseAddress = app.Address };

        // A fresh install sends every page to setup; that page links the stylesheet like every other.
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var href = StylesheetLink().Match(html);
        Assert.True(href.Success, html);

        var expected = await File.ReadAllTextAsync(sourceCss);
        Assert.True(expected.Length > 1000, "the stylesheet in the source tree is unexpectedly small");

        using (var plain = new HttpRequestMessage(HttpMethod.Get, new Uri(href.Groups["href"].Value, UriKind.Relative)))
        {
            using var response = await client.SendAsync(plain);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected, await response.Content.ReadAsStringAsync());
        }

        foreach (var encoding in new[] { "gzip", "gzip, deflate, br" })
        {
            using var compressed = new HttpRequestMessage(HttpMethod.Get, new Uri(href.Groups["href"].Value, UriKind.Relative));
            compressed.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            using var response = await client.SendAsync(compressed);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.True(body.Length > 0, $"empty stylesheet for Accept-Encoding: {encoding}");
            Assert.Equal(expected, Decode(body, response.Content.Headers.ContentEncoding.LastOrDefault()));
        }
    }

    private static string Decode(byte[] body, string? contentEncoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoded = contentEncoding switch
        {
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            null or "identity" => input,
            _ => throw new InvalidOperationException("unexpected Content-Encoding " + contentEncoding),
        };
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>What a fresh clone holds: the files git tracks, plus new files it does not ignore (the change under test).</summary>
    private static TempDirectory FreshCopy()
    {
        var root = RepositoryRoot.Path;
        var copy = new TempDirectory();
        var list = AppProcess.RunToEndAsync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], root)
            .GetAwaiter().GetResult();
        Assert.Equal(0, list.ExitCode);
        foreach (var file in list.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var source = Path.Combine(root, file);
            if (!File.Exists(source))
            {
                continue; // deleted in the working tree
            }

            var target = Path.Combine(copy.Path, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        Assert.True(File.Exists(Path.Combine(copy.Path, "Tanpan.slnx")), list.Output);
        return copy;
    }

    [GeneratedRegex("""<link rel="stylesheet" href="(?<href>[^"]+\.css)"\s*/?>""")]
    private static partial Regex StylesheetLink();

    /// <summary>A child process with its output collected line by line; killed with its children on dispose.</summary>
    private sealed class AppProcess : IAsyncDisposable
    {
        private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(15);
        private readonly Process _process;
        private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private AppProcess(Process process) => _process = process;

        public List<string> Lines { get; } = [];

        public Uri Address { get; private set; } = null!;

        /// <summary>
        /// Starts the app with a fresh shell's environment: nothing but a free loopback port, since the README's
        /// default (localhost:5000) may be taken on a test machine.
        /// </summary>
        public static async Task<AppProcess> StartAsync(string file, string[] arguments, string directory)
        {
            var port = FreePort();
            var process = new Process { StartInfo = Info(file, arguments, directory) };
            process.StartInfo.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            var app = new AppProcess(process);
            process.OutputDataReceived += (_, e) => app.Receive(e.Data);
            process.ErrorDataReceived += (_, e) => app.Receive(e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            var exited = process.WaitForExitAsync();
            var first = await Task.WhenAny(app._listening.Task, exited, Task.Delay(StartTimeout));
            if (first != app._listening.Task)
            {
                await app.DisposeAsync();
                Assert.Fail("the app did not start listening:\n" + string.Join('\n', app.Lines));
            }

            app.Address = new Uri($"http://127.0.0.1:{port}");
            return app;
        }

        public static async Task<(int ExitCode, string Output)> RunToEndAsync(string file, string[] arguments, string directory)
        {
            using var process = new Process { StartInfo = Info(file, arguments, directory) };
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => output.Append(e.Data).Append('\n');
            process.ErrorDataReceived += (_, e) => output.Append(e.Data).Append('\n');
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var timeout = new CancellationTokenSource(StartTimeout);
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, output.ToString());
        }

        private static ProcessStartInfo Info(string file, string[] arguments, string directory)
        {
            var info = new ProcessStartInfo(file)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            // As typed in a new terminal: no environment or URL chosen by the test runner.
            foreach (var name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS" })
            {
                info.Environment.Remove(name);
            }

            return info;
        }

        private void Receive(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (Lines)
            {
                Lines.Add(line);
            }

            if (line.Contains("Now listening on:", StringComparison.Ordinal))
            {
                _listening.TrySetResult(new Uri(line[(line.IndexOf("http", StringComparison.Ordinal))..].Trim()));
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }
    }
}
