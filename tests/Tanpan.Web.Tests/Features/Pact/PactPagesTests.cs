using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tanpan.Documents.Pact;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Pact;

/// <summary>/pact and /pact/clients/{id}: issuing a customer's connection, sharing footprints with it, revoking it.</summary>
public abstract partial class PactPagesTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private readonly AccountsApp _app = AccountsApp.Shared(fixture);

    private PactWorld World => new(fixture, _app);

    [Fact]
    public async Task CreateClient_ShowsTheSecretOnce_AndItWorksAtTheTokenEndpoint()
    {
        var (org, owner) = await MemberAsync(MembershipRole.Owner);

        var bad = await PageForm.HtmlAsync(await PageForm.PostAsync(owner, "/pact", "pact-client", new() { ["NewClient.Name"] = "  " }));
        var created = await PageForm.HtmlAsync(await PageForm.PostAsync(owner, "/pact", "pact-client", new() { ["NewClient.Name"] = "大宏汽車" }));
        var again = await PageForm.HtmlAsync(await owner.GetAsync(new Uri("/pact", UriKind.Relative)));

        bad.ShouldContain("請輸入客戶名稱（最多 200 字）。");
        var clientId = Regex.Match(created, "<code id=\"new-client-id\">([^<]+)</code>").Groups[1].Value;
        var secret = Regex.Match(created, "<code id=\"new-client-secret\">([^<]+)</code>").Groups[1].Value;
        clientId.ShouldStartWith("pact_");
        created.ShouldContain("/auth/token");
        again.ShouldContain("大宏汽車");
        again.ShouldContain(clientId);
        again.ShouldNotContain(secret);
        await using (var db = fixture.CreateContext(org))
        {
            (await db.PactClients.SingleAsync()).SecretHash.ShouldNotContain(secret);
        }

        using var http = World.Https();
        (await PactWorld.RequestTokenAsync(http, clientId, secret)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Grants_TickedFootprintsAreShared_UntickedOnesWithdrawn()
    {
        var (org, owner) = await MemberAsync(MembershipRole.Owner);
        var coil = await World.PublishAsync(org, PactFootprints.Coil(org, "urn:pact:tanpan:product:COIL"));
        var sheet = await World.PublishAsync(org, PactFootprints.Coil(org, "urn:pact:tanpan:product:SHEET") with { ProductName = "鋁板" });
        var client = await World.ClientAsync(org);
        var page = $"/pact/clients/{client.RowId}";

        var saved = await PageForm.HtmlAsync(await PageForm.PostAsync(owner, page, "grants", new() { ["grant"] = coil.ToString() }));
        using (var api = await World.AuthorisedAsync(client))
        {
            (await PactWorld.IdsAsync(await api.GetAsync("/3/footprints"))).ShouldBe([coil]);
        }

        await PageForm.PostAsync(owner, page, "grants", new() { ["grant"] = sheet.ToString() });
        using (var api = await World.AuthorisedAsync(client))
        {
            (await PactWorld.IdsAsync(await api.GetAsync("/3/footprints"))).ShouldBe([sheet]);
        }

        saved.ShouldContain("分享範圍已儲存。");
        saved.ShouldContain($"id=\"grant-{coil}\" name=\"grant\" value=\"{coil}\" checked");
        saved.ShouldContain("13.12 kg CO₂e / 公斤");
    }

    [Fact]
    public async Task Callback_RefusesPlainHttpAndInternalAddresses_AndSavesAnHttpsUrl()
    {
        var (org, owner) = await MemberAsync(MembershipRole.Owner);
        var client = await World.ClientAsync(org);
        var page = $"/pact/clients/{client.RowId}";

        var plain = await PageForm.HtmlAsync(await PageForm.PostAsync(owner, page, "callback", new() { ["Callback.EventsUrl"] = "http://pact.example.com" }));
        var inside = await PageForm.HtmlAsync(await PageForm.PostAsync(owner, page, "callback", new() { ["Callback.EventsUrl"] = "https://10.0.0.5" }));
        await PageForm.PostAsync(owner, page, "callback", new() { ["Callback.EventsUrl"] = "https://pact.customer.example", ["Callback.ClientId"] = "tanpan", ["Callback.Secret"] = "s3cret" });

        plain.ShouldContain("事件網址須使用 https://（加密連線）。");
        inside.ShouldContain("事件網址不可指向內部網路位址（私有網段）。");
        await using var db = fixture.CreateContext(org);
        var row = await db.PactClients.SingleAsync();
        (row.EventsBaseUrl, row.CallbackClientId).ShouldBe(("https://pact.customer.example", "tanpan"));
        row.CallbackSecretProtected.ShouldNotBeNull();
        row.CallbackSecretProtected.ShouldNotContain("s3cret");
    }

    [Fact]
    public async Task Revoke_AsksFirst_ThenEndsTheClientsTokensAtOnce()
    {
        var (org, owner) = await MemberAsync(MembershipRole.Owner);
        var client = await World.ClientAsync(org);
        using var api = await World.AuthorisedAsync(client);
        var page = $"/pact/clients/{client.RowId}";

        var asked = await PageForm.HtmlAsync(await PageForm.PostAsync(owner, page, "revoke-client", new() { ["Revoke"] = "yes" }));
        (await api.GetAsync("/3/footprints")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await PageForm.PostAsync(owner, page, "revoke-client", new() { ["Revoke"] = "yes", ["__confirmed"] = "yes" });

        asked.ShouldContain("確定要撤銷客戶連線「客戶甲」（撤銷後無法恢復）嗎？");   // revoking, not deleting: the question and
        asked.ShouldNotContain("確定要刪除");                                       // its button say so
        (await api.GetAsync("/3/footprints")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await PageForm.HtmlAsync(await owner.GetAsync(new Uri(page, UriKind.Relative)))).ShouldContain("此客戶連線已撤銷，無法再變更。");
    }

    [Fact]
    public async Task Viewer_ReadsWithoutForms_VerifierIsRefused()
    {
        var (org, _) = await MemberAsync(MembershipRole.Owner);
        var client = await World.ClientAsync(org);
        var viewer = await _app.SignedInClientAsync(await _app.SeedUserAsync(false, (org, MembershipRole.Viewer)));
        var tenant = await Seed.TenantAsync(fixture);
        var verifier = await _app.SignedInClientAsync(await _app.SeedVerifierAsync(tenant.OrganisationId, tenant.InventoryYearId));

        var list = await PageForm.HtmlAsync(await viewer.GetAsync(new Uri("/pact", UriKind.Relative)));
        var detail = await PageForm.HtmlAsync(await viewer.GetAsync(new Uri($"/pact/clients/{client.RowId}", UriKind.Relative)));

        list.ShouldContain("客戶甲");
        list.ShouldContain("fieldset disabled");
        detail.ShouldNotContain("revoke-client");
        (await verifier.GetAsync(new Uri("/pact", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ZhTwPages_ShowNoEnglishOrInternalKeys()
    {
        var (org, owner) = await MemberAsync(MembershipRole.Owner);
        var id = await World.PublishAsync(org, PactFootprints.Coil(org) with { DeclaredUnit = PactDeclaredUnit.Piece });
        var client = await World.ClientAsync(org);
        await World.GrantAsync(org, client.RowId, id);

        foreach (var path in new[] { "/pact", $"/pact/clients/{client.RowId}" })
        {
            var main = await PageForm.HtmlAsync(await owner.GetAsync(new Uri(path, UriKind.Relative)));
            main = main[main.IndexOf("<main", StringComparison.Ordinal)..];
            var text = Regex.Replace(Regex.Replace(main, "<code>[^<]*</code>|<[^>]+>", " "), "pact_[A-Za-z0-9_-]+", " ");
            var words = EnglishWord().Matches(text).Select(m => m.Value).Distinct().ToList();
            words.ShouldBeSubsetOf(["PACT", "Tanpan", "CO", "kg", "https"], $"{path}: {string.Join(", ", words)}");
            text.ShouldContain("件");   // the declared unit in Chinese, not "piece"
        }
    }

    private async Task<(Guid Organisation, HttpClient Client)> MemberAsync(MembershipRole role)
    {
        var org = await _app.SeedOrganisationAsync();
        return (org, await _app.SignedInClientAsync(await _app.SeedUserAsync(false, (org, role))));
    }

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex EnglishWord();
}
