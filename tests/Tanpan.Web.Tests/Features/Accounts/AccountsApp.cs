using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Accounts;

/// <summary>The app on a test database, with a clock the test moves, and helpers to seed accounts and sign in.</summary>
internal sealed class AccountsApp(DatabaseFixture fixture, DatabaseSettings? settings = null) : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery";

    /// <summary>
    /// PBKDF2 iterations of the test app's password hasher. The production default (100,000) costs tens of
    /// milliseconds of CPU a hash, paid at every seeded user and every sign-in: most of a short test's time on two cores.
    /// The hashing itself is tested with <see cref="ProductionPasswordHashing"/>.
    /// </summary>
    public const int TestHashIterations = 1_000;

    private static readonly PasswordHasher<User> FastHasher = new(Options.Create(new PasswordHasherOptions { IterationCount = TestHashIterations }));

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly ConditionalWeakTable<DatabaseFixture, AccountsApp> SharedApps = [];

    private readonly DatabaseSettings _settings = settings ?? fixture.Settings;

    /// <summary>
    /// The test class's one app (per fixture, so per class and provider), started once: a host start-up costs more
    /// than most tests. Its clock is put back to <see cref="Seed.Time"/> for each test; a test that needs other
    /// settings, services or a database of its own uses <c>new AccountsApp(…)</c>, whose configuration is refused here
    /// (<see cref="ThrowIfShared"/>). Disposing it is a no-op; it stops when the class's fixture is disposed.
    /// </summary>
    public static AccountsApp Shared(DatabaseFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var app = SharedApps.GetValue(fixture, f =>
        {
            var shared = new AccountsApp(f) { _shared = true };
            f.OnDispose(shared.StopAsync);
            return shared;
        });
        app.Clock.Now = Seed.Time;
        return app;
    }

    private bool _shared;

    public ManualClock Clock { get; } = new(Seed.Time);

    /// <summary>This app's evidence folder (<c>Evidence:Path</c>), a fresh temporary one, removed with the app.</summary>
    public string EvidencePath { get; } = Directory.CreateTempSubdirectory("tanpan-evidence-").FullName;

    /// <summary><c>Evidence:MaxBytes</c>; set it before the first request.</summary>
    public long? EvidenceMaxBytes
    {
        get;
        set { ThrowIfShared(); field = value; }
    }

    /// <summary>This app's folder of uploaded import files (<c>Import:Path</c>), removed with the app.</summary>
    public string ImportPath { get; } = Directory.CreateTempSubdirectory("tanpan-import-").FullName;

    /// <summary><c>Import:MaxBytes</c>; set it before the first request.</summary>
    public long? ImportMaxBytes
    {
        get;
        set { ThrowIfShared(); field = value; }
    }

    /// <summary><c>Monitoring:WebhookAllowInsecureForDevelopment</c> (http and loopback webhooks, for the local test receivers); set it before the first request.</summary>
    public bool WebhooksForDevelopment
    {
        get;
        set { ThrowIfShared(); field = value; }
    }

    /// <summary>
    /// Configuration set on the host before the first request. The sign-in rate limits start high so that tests signing
    /// in many users are not throttled; throttling tests set them low (<see cref="ThrottlingTests{TFixture}"/>).
    /// </summary>
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal)
    {
        ["SignIn:PerAddressPermitLimit"] = "100000",
        ["SignIn:PerAccountPermitLimit"] = "100000",
    };

    /// <summary>The app's own password hashing (100,000 iterations) instead of <see cref="TestHashIterations"/>: for tests of the hash format.</summary>
    public bool ProductionPasswordHashing
    {
        get;
        set { ThrowIfShared(); field = value; }
    }

    /// <summary>Extra service registrations, applied after the app's own (set before the first request).</summary>
    public Action<IServiceCollection>? TestServices
    {
        get;
        set { ThrowIfShared(); field = value; }
    }

    /// <summary>A user with <see cref="Password"/> and the given memberships, saved directly in the database.</summary>
    public async Task<User> SeedUserAsync(bool administrator = false, params (Guid OrganisationId, MembershipRole Role)[] memberships)
    {
        var user = Seed.User($"{Guid.NewGuid():N}@example.tw");
        user.Id = Guid.CreateVersion7();
        user.IsAdministrator = administrator;
        user.PasswordHash = (ProductionPasswordHashing ? new PasswordHasher<User>() : FastHasher).HashPassword(user, Password);
        await using (var db = fixture.CreateContext(settings: _settings))
        {
            db.Users.Add(user);
            await db.SaveChangesAsync();
        }

        foreach (var (organisationId, role) in memberships)
        {
            await using var db = fixture.CreateContext(organisationId);
            db.Memberships.Add(new Membership { UserId = user.Id, Role = role, CreatedAt = Seed.Time });
            await db.SaveChangesAsync();
        }

        return user;
    }

    /// <summary>A new user who is a verifier of one inventory of the organisation (and sees nothing else of it).</summary>
    public async Task<User> SeedVerifierAsync(Guid organisationId, Guid inventoryYearId)
    {
        var verifier = await SeedUserAsync();
        await using var db = fixture.CreateContext(organisationId);
        db.Memberships.Add(new Membership { UserId = verifier.Id, Role = MembershipRole.Verifier, InventoryYearId = inventoryYearId, CreatedAt = Seed.Time });
        await db.SaveChangesAsync();
        return verifier;
    }

    public async Task<User> ReadUserAsync(Guid id)
    {
        await using var db = fixture.CreateContext(settings: _settings);
        return await db.Users.FindAsync(id) ?? throw new InvalidOperationException("No such user.");
    }

    /// <summary>A client signed in by cookie, carrying the antiforgery header.</summary>
    public async Task<HttpClient> SignedInClientAsync(User user)
    {
        var client = CreateClient();
        (await SignInAsync(client, user.Email, Password)).StatusCode.ShouldBe(System.Net.HttpStatusCode.NoContent);
        await AddAntiforgeryAsync(client);
        return client;
    }

    /// <summary>A client without cookies that sends the token as <c>Authorization: Bearer</c>.</summary>
    public HttpClient BearerClient(string token)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<CreatedToken> CreateTokenAsync(User user)
    {
        using var client = await SignedInClientAsync(user);
        var response = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "測試" });
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<CreatedToken>(Json))!;
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/v1/session", new { email, password });

    public static async Task AddAntiforgeryAsync(HttpClient client)
    {
        var token = (await client.GetFromJsonAsync<AntiforgeryToken>("/api/v1/antiforgery", Json))!;
        client.DefaultRequestHeaders.Remove(token.HeaderName);
        client.DefaultRequestHeaders.Add(token.HeaderName, token.Token);
    }

    public static async Task<MeResponse> MeAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<MeResponse>("/api/v1/me", Json))!;

    /// <summary>An organisation saved directly in the database.</summary>
    public async Task<Guid> SeedOrganisationAsync(string name = "測試紡織股份有限公司")
    {
        var organisation = Seed.Organisation(name);
        await using var db = fixture.CreateContext(organisation.Id);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    }

    /// <summary>
    /// Correctness tests, not timings: a 100,000-row preview on a loaded 2-core machine may take longer than
    /// HttpClient's default 100 s, which would fail the test for the machine's load rather than the code.
    /// </summary>
    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.Timeout = TimeSpan.FromMinutes(10);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", _settings.ProviderName);
        builder.UseSetting("ConnectionStrings:Tanpan", _settings.ConnectionString);
        builder.UseSetting("Evidence:Path", EvidencePath);
        if (EvidenceMaxBytes is long maxBytes)
        {
            builder.UseSetting("Evidence:MaxBytes", maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Import:Path", ImportPath);
        if (ImportMaxBytes is long importMaxBytes)
        {
            builder.UseSetting("Import:MaxBytes", importMaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (WebhooksForDevelopment)
        {
            builder.UseSetting("Monitoring:WebhookAllowInsecureForDevelopment", "true");
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            if (!ProductionPasswordHashing)
            {
                services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestHashIterations);
            }
            TestServices?.Invoke(services);
        });
    }

#pragma warning disable CA2215 // A shared app is stopped by its fixture (StopAsync calls base.DisposeAsync), not by each test's `await using`.
    public override ValueTask DisposeAsync() => _shared ? ValueTask.CompletedTask : StopAsync();
#pragma warning restore CA2215

    private void ThrowIfShared()
    {
        if (_shared)
        {
            throw new InvalidOperationException("The shared app's configuration is fixed; configure a `AccountsApp.Shared(fixture)` instead.");
        }
    }

    private async ValueTask StopAsync()
    {
        await base.DisposeAsync();
        foreach (var folder in (string[])[EvidencePath, ImportPath])
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
