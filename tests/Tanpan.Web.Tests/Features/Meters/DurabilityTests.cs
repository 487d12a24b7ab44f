using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Meters;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Features.Meters.Ingest;

namespace Tanpan.Web.Tests.Features.Meters;

/// <summary>
/// The real app as a child process (<c>dotnet …/Tanpan.Web.dll</c>) on a database of its own: gateways push batches
/// concurrently, the process is killed with SIGKILL mid-ingest and restarted; every batch it acknowledged must be
/// there in full, and no batch may be there in part.
/// </summary>
public abstract class DurabilityTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private const int Meters = 4;
    private const int BatchSize = 2_000;
    private const int Uploaders = 4;
    private const int AcksBeforeKill = 12;

    [Fact]
    public async Task KilledMidIngest_EveryAcknowledgedBatchIsWhole_AndNoBatchIsPartial()
    {
        var settings = await fixture.CreateMigratedDatabaseAsync(); // a database of its own: the app process is killed on it
        var organisationId = Guid.CreateVersion7();
        var meterIds = new Guid[Meters];
        var key = GatewayKeys.Create();

        await using (var db = fixture.CreateContext(TenantOf(organisationId), settings: settings))
        {
            var organisation = Seed.Organisation("斷電測試股份有限公司");
            organisation.Id = organisationId;
            db.Organisations.Add(organisation);
            var facility = new Facility { Id = Guid.CreateVersion7(), Name = "一廠" };
            db.Facilities.Add(facility);
            for (var m = 0; m < Meters; m++)
            {
                meterIds[m] = Guid.CreateVersion7();
                db.Meters.Add(new Meter
                {
                    Id = meterIds[m], FacilityId = facility.Id, Name = $"M{m}", EnergyType = "electricity", Unit = "kWh", Kind = "interval",
                    IntervalMinutes = 15, CreatedAt = Seed.Time,
                });
            }

            db.GatewayKeys.Add(new GatewayKey { Id = Guid.CreateVersion7(), Name = "gw", KeyHash = GatewayKeys.Hash(key), CreatedAt = Seed.Time });
            await db.SaveChangesAsync();
        }

        var acknowledged = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        var next = -1;
        using (var server = await AppProcess.StartAsync(settings))
        {
            using var client = server.Client(key);
            using var killed = new CancellationTokenSource();
            async Task UploadAsync()
            {
                while (!killed.IsCancellationRequested)
                {
                    var batch = Interlocked.Increment(ref next);
                    try
                    {
                        var response = await client.PostAsJsonAsync("/api/v1/ingest/readings", Batch(batch), killed.Token);
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            var body = (await response.Content.ReadFromJsonAsync<IngestResponse>(AccountsApp.Json))!;
                            body.Accepted.ShouldBe(BatchSize);
                            acknowledged[batch] = true;
                            if (acknowledged.Count >= AcksBeforeKill && !killed.IsCancellationRequested)
                            {
                                server.Kill();          // SIGKILL while the other uploaders' batches are in flight
                                await killed.CancelAsync();
                            }
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
                    {
                        return;                         // the server is gone: this batch was never acknowledged
                    }
                }
            }

            await Task.WhenAll(Enumerable.Range(0, Uploaders).Select(_ => Task.Run(UploadAsync)));
            server.HasExited.ShouldBeTrue();
        }

        acknowledged.Count.ShouldBeGreaterThanOrEqualTo(AcksBeforeKill);
        using (var restarted = await AppProcess.StartAsync(settings))
        {
            using var client = restarted.Client(key);
            (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
            await using var db = fixture.CreateContext(TenantOf(organisationId), settings: settings);
            var sent = next;
            var partial = new List<int>();
            for (var batch = 0; batch <= sent; batch++)
            {
                var (meter, from, to) = Range(batch);
                var count = await db.MeterReadings.CountAsync(r => r.MeterId == meterIds[meter] && r.TimestampUtc >= from && r.TimestampUtc <= to);
                if (acknowledged.ContainsKey(batch))
                {
                    count.ShouldBe(BatchSize, $"acknowledged batch {batch}");
                }
                else if (count is not 0 and not BatchSize)
                {
                    partial.Add(batch);
                }
            }

            partial.ShouldBeEmpty();

            // And the first batch again is a no-op on the restarted server.
            var again = await client.PostAsJsonAsync("/api/v1/ingest/readings", Batch(acknowledged.Keys.Min()));
            (await again.Content.ReadFromJsonAsync<IngestResponse>(AccountsApp.Json))!.Duplicates.ShouldBe(BatchSize);
        }

        object Batch(int batch)
        {
            var (meter, from, _) = Range(batch);
            return new
            {
                readings = Enumerable.Range(0, BatchSize).Select(i => new
                {
                    meter = meterIds[meter].ToString(),
                    ts = DateTimeOffset.FromUnixTimeSeconds(from + (i * 900L)).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                    value = 1 + (i % 10 / 4.0),
                }),
            };
        }
    }

    /// <summary>Batch n: meter n mod M, its own block of consecutive 15-minute timestamps.</summary>
    private static (int Meter, long From, long To) Range(int batch)
    {
        var start = new DateTimeOffset(2025, 1, 1, 0, 15, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var from = start + ((long)(batch / Meters) * BatchSize * 900);
        return (batch % Meters, from, from + ((BatchSize - 1) * 900L));
    }

    private static Tanpan.Web.Infrastructure.TenantContext TenantOf(Guid organisationId)
    {
        var tenant = new Tanpan.Web.Infrastructure.TenantContext();
        tenant.Set(null, organisationId, MembershipRole.Owner);
        return tenant;
    }

    /// <summary><c>dotnet Tanpan.Web.dll</c> on a free port with the given database, until killed or disposed.</summary>
    private sealed class AppProcess : IDisposable
    {
        private readonly Process _process;
        private readonly string _folder;

        private AppProcess(Process process, Uri address, string folder) => (_process, Address, _folder) = (process, address, folder);

        public Uri Address { get; }

        public bool HasExited => _process.HasExited;

        public static async Task<AppProcess> StartAsync(DatabaseSettings settings)
        {
            var port = FreePort();
            var folder = Directory.CreateTempSubdirectory("tanpan-durability-").FullName;
            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(AppDll());
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Database__Provider"] = settings.ProviderName;
            start.Environment["ConnectionStrings__Tanpan"] = settings.ConnectionString;
            start.Environment["Evidence__Path"] = Path.Combine(folder, "evidence");
            start.Environment["Import__Path"] = Path.Combine(folder, "import");
            start.WorkingDirectory = Path.GetDirectoryName(AppDll())!;
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}"), folder);
            using var probe = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(5) };
            for (var attempt = 0; attempt < 240; attempt++)
            {
                process.HasExited.ShouldBeFalse("the app exited while starting");
                try
                {
                    if ((await probe.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode)
                    {
                        return app;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }

                await Task.Delay(250);
            }

            app.Dispose();
            throw new TimeoutException("the app did not answer /health within a minute");
        }

        public HttpClient Client(string key)
        {
            var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
            client.DefaultRequestHeaders.Add("X-Gateway-Key", key);
            return client;
        }

        /// <summary>SIGKILL: no shutdown, no flush.</summary>
        public void Kill()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                Kill();
            }

            _process.Dispose();
            Directory.Delete(_folder, recursive: true);
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        /// <summary>The app as built next to these tests (src/Tanpan.Web/bin/{configuration}/net10.0), else the copy in the tests' folder.</summary>
        private static string AppDll()
        {
            var testBin = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
            var framework = Path.GetFileName(testBin);
            var configuration = Path.GetFileName(Path.GetDirectoryName(testBin)!);
            for (var dir = new DirectoryInfo(testBin); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "src", "Tanpan.Web", "bin", configuration, framework, "Tanpan.Web.dll");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return typeof(Program).Assembly.Location;
        }
    }
}
