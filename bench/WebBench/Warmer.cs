using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Tanpan.Bench.WebBench;

/// <summary>
/// Before the load: asks for every inventory's results once (cold: query + calculation + cache fill), then for every
/// inventory's results page once (renders and caches the page's body, as a first visit does), checks every answer is
/// 200, checks the reference endpoint answers, and stores an antiforgery cookie for the page requests (a browser sends
/// one; without it each page response would also issue a new cookie).
/// </summary>
internal static class Warmer
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var url = new Uri(args.Text("url"));
        var targets = File.ReadAllLines(args.Text("targets")).Select(l => l.Split('\t')).Select(p => (Token: p[0], Inventory: p[1])).ToList();
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 64 }) { BaseAddress = url };

        var first = targets[0];
        using (var antiforgery = Get("/api/v1/antiforgery", first.Token))
        using (var response = await http.SendAsync(antiforgery))
        {
            var cookie = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
            await File.WriteAllTextAsync(args.Text("cookie-out"), cookie);
        }

        var failures = 0;
        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(targets, new ParallelOptions { MaxDegreeOfParallelism = args.Int("parallel", 4) }, async (target, ct) =>
        {
            var started = Stopwatch.GetTimestamp();
            using var request = Get($"/api/v1/inventories/{target.Inventory}/results", target.Token);
            using var response = await http.SendAsync(request, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            lock (latencies)
            {
                latencies.Add(elapsed);
                failures += response.StatusCode == HttpStatusCode.OK ? 0 : 1;
            }
        });
        latencies.Sort();
        var resultsSeconds = clock.Elapsed.TotalSeconds;

        // The page's body (totals, chart, year before) is rendered once per revision and culture, then cached.
        var pageClock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(targets, new ParallelOptions { MaxDegreeOfParallelism = args.Int("parallel", 4) }, async (target, ct) =>
        {
            using var request = Get($"/inventories/{target.Inventory}/results", target.Token);
            using var response = await http.SendAsync(request, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Interlocked.Increment(ref failures);
            }
        });
        var pagesSeconds = pageClock.Elapsed.TotalSeconds;

        var sizes = new List<string>();
        foreach (var (name, path) in new[] { ("api", $"/api/v1/inventories/{first.Inventory}/results"), ("page", $"/inventories/{first.Inventory}/results"), ("ping", "/api/v1/ping-db") })
        {
            using var request = Get(path, first.Token);
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            failures += response.StatusCode == HttpStatusCode.OK ? 0 : 1;
            sizes.Add(FormattableString.Invariant($"{name}_bytes={body.Length}"));
        }

        Console.WriteLine(FormattableString.Invariant(
            $"RESULT warm inventories={targets.Count} failures={failures} total_s={clock.Elapsed.TotalSeconds:0.0} results_s={resultsSeconds:0.0} pages_s={pagesSeconds:0.0} cold_p50_ms={Percentile(latencies, 0.50):0.0} cold_p99_ms={Percentile(latencies, 0.99):0.0} {string.Join(' ', sizes)}"));
        return failures == 0 ? 0 : 1;
    }

    private static HttpRequestMessage Get(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}
