using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Tanpan.Core.Time;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Features.Meters;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;

namespace Tanpan.Web.Tests.Features.Meters;

/// <summary>An organisation with an owner, a facility, and helpers for meters, gateway keys and ingestion.</summary>
internal sealed class MeterWorld(InventoryWorld world, FacilityResponse facility)
{
    public InventoryWorld World { get; } = world;

    public FacilityResponse Facility { get; } = facility;

    public HttpClient Client => World.Client;

    public static async Task<MeterWorld> CreateAsync(AccountsApp app, MembershipRole role = MembershipRole.Owner)
    {
        var world = await InventoryWorld.CreateAsync(app, role);
        var facility = role is MembershipRole.Owner or MembershipRole.Editor
            ? await world.CreateFacilityAsync<FacilityResponse>()
            : new FacilityResponse(Guid.Empty, "", null, null);
        return new MeterWorld(world, facility);
    }

    public Task<MeterResponse> CreateMeterAsync(string name = "主電表", string kind = "interval", decimal? rollover = null, Guid? sourceId = null) =>
        World.PostAsync<MeterResponse>("/api/v1/meters", new
        {
            facilityId = Facility.Id, name, energyType = "electricity", unit = "kWh", kind, intervalMinutes = 15, rolloverValue = rollover,
            emissionSourceId = sourceId,
        });

    public async Task<string> CreateKeyAsync(string name = "閘道器 1") => (await World.PostAsync<CreatedGatewayKey>("/api/v1/gateway-keys", new { name })).Key;

    /// <summary>A client with no cookie that sends the gateway key as a bearer token.</summary>
    public HttpClient Gateway(string key) => World.App.BearerClient(key);

    public static async Task<(HttpStatusCode Status, IngestResponse? Body, string Text)> PushAsync(HttpClient gateway, params (string Meter, string Ts, double Value)[] readings)
    {
        var response = await gateway.PostAsJsonAsync("/api/v1/ingest/readings", new { readings = readings.Select(r => new { meter = r.Meter, ts = r.Ts, value = r.Value }) });
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<IngestResponse>(AccountsApp.Json))! : null, text);
    }

    public static async Task<(HttpStatusCode Status, IngestResponse? Body, string Text)> PushCsvAsync(HttpClient gateway, string csv)
    {
        using var content = new StringContent(csv, Encoding.UTF8, new MediaTypeHeaderValue("text/csv"));
        var response = await gateway.PostAsync(new Uri("/api/v1/ingest/readings", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<IngestResponse>(AccountsApp.Json))! : null, text);
    }

    /// <summary>ISO 8601 in Taipei time (+08:00) of a Unix second.</summary>
    public static string Taipei(long unixSeconds) =>
        TaipeiTime.OfUnixSeconds(unixSeconds).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static long Unix(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture).ToUnixTimeSeconds();
}
