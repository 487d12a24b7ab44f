using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Accounts;

/// <summary>The app on a test database, with a clock the test moves, and helpers to seed accounts and sign in.</summary>
internal sealed class AccountsApp(DatabaseFixture fixture, DatabaseSettings? settings = null) : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly DatabaseSettings _settings = settings ?? fixture.Settings;

    public ManualClock Clock { get; } = new(Seed.Time);

    /// <summary>This app's evidence folder (<c>Evidence:Path</c>), a fresh temporary one, removed with the app.</summary>
    public string EvidencePath { get; } = Directory.CreateTempSubdirectory("tanpan-evidence-").FullName;

    /// <summary><c>Evidence:MaxBytes</c>; set it before the first request.</summary>
    public long? EvidenceMaxBytes { get; set; }

    /// <summary>This app's folder of uploaded import files (<c>Import:Path</c>), removed with the app.</summary>
    public string ImportPath { get; } = Directory.CreateTempSubdirectory("tanpan-import-").FullName;

    /// <summary><c>Import:MaxBytes</c>; set it before the first request.</summary>
    public long? ImportMaxBytes { get; set; }

    /// <summary>More settings (key, value) applied to the app; set them before the first request.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>A user with <see cref="Password"/> and the given memberships, saved directly in the database.</summary>
    public async Task<User> SeedUserAsync(bool administrator = false, params (Guid OrganisationId, MembershipRole Role)[] memberships)
    {
        var user = Seed.User($"{Guid.NewGuid():N}@example.tw");
        user.Id = Guid.CreateVersion7();
        user.IsAdministrator = administrator;
        user.PasswordHash = new PasswordHasher<User>().HashPassword(user, Password);
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

        builder.UseSetting("Import:Path", ImportPath);
        if (ImportMaxBytes is long importMaxBytes)
        {
            builder.UseSetting("Import:MaxBytes", importMaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public override async ValueTask DisposeAsync()
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
