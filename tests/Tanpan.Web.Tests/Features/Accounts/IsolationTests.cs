using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Features.Meters.Ingest;

namespace Tanpan.Web.Tests.Features.Accounts;

/// <summary>
/// A user of organisation A, with an API token, reaches nothing of organisation B (or of B's user)
/// through any route. Every route with a parameter must have a probe here: adding a route without
/// one fails <see cref="EveryRouteWithParameters_AsOtherTenant_FindsNothing"/>.
/// </summary>
public abstract class IsolationTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    /// <summary>"METHOD pattern" → the request A sends for B's row.</summary>
    private static readonly Dictionary<string, Func<World, HttpRequestMessage>> Probes = new()
    {
        ["GET /api/v1/organisations/{id:guid}"] = w => new(HttpMethod.Get, $"/api/v1/organisations/{w.OrganisationB}"),
        ["DELETE /api/v1/tokens/{id:guid}"] = w => new(HttpMethod.Delete, $"/api/v1/tokens/{w.TokenB.Id}"),
        ["GET /2/footprints/{id}"] = w => PactProbe(w, 2),
        ["GET /3/footprints/{id}"] = w => PactProbe(w, 3),
        ["GET /pact/clients/{Id:guid}"] = w => new(HttpMethod.Get, $"/pact/clients/{w.PactB.ClientB}"),
        ["POST /pact/clients/{Id:guid}"] = w => w.Form($"/pact/clients/{w.PactB.ClientB}", "revoke-client", ("Revoke", "yes"), ("__confirmed", "yes")),

        // MapStaticAssets' development fallback for wwwroot files: no tenant data behind it.
        ["GET {**path:file}"] = w => new(HttpMethod.Get, $"/{w.OrganisationB}.css"),
        ["HEAD {**path:file}"] = w => new(HttpMethod.Head, $"/{w.OrganisationB}.css"),
        ["GET /api/v1/facilities/{id:guid}"] = w => new(HttpMethod.Get, $"/api/v1/facilities/{w.B.FacilityId}"),
        ["PUT /api/v1/facilities/{id:guid}"] = w => Json(HttpMethod.Put, $"/api/v1/facilities/{w.B.FacilityId}", new { name = "甲廠" }),
        ["DELETE /api/v1/facilities/{id:guid}"] = w => new(HttpMethod.Delete, $"/api/v1/facilities/{w.B.FacilityId}"),
        ["GET /api/v1/inventories/{id:guid}"] = w => new(HttpMethod.Get, Inventory(w)),
        ["PUT /api/v1/inventories/{id:guid}"] = w => Json(HttpMethod.Put, Inventory(w), new { year = 2024 }),
        ["DELETE /api/v1/inventories/{id:guid}"] = w => new(HttpMethod.Delete, Inventory(w)),
        ["POST /api/v1/inventories/{id:guid}/lock"] = w => new(HttpMethod.Post, $"{Inventory(w)}/lock"),
        ["POST /api/v1/inventories/{id:guid}/unlock"] = w => Json(HttpMethod.Post, $"{Inventory(w)}/unlock", new { reason = "probe" }),
        ["GET /api/v1/inventories/{id:guid}/results"] = w => new(HttpMethod.Get, $"{Inventory(w)}/results"),
        ["GET /api/v1/inventories/{id:guid}/results/rows"] = w => new(HttpMethod.Get, $"{Inventory(w)}/results/rows?page=1&pageSize=500"),
        ["GET /api/v1/inventories/{id:guid}/register.xlsx"] = w => new(HttpMethod.Get, $"{Inventory(w)}/register.xlsx"),
        ["GET /api/v1/inventories/{id:guid}/report.docx"] = w => new(HttpMethod.Get, $"{Inventory(w)}/report.docx?lang=en"),
        ["POST /api/v1/inventories/{id:guid}/recalculate/preview"] = w => Json(HttpMethod.Post, $"{Inventory(w)}/recalculate/preview", new { gwpSetId = "AR4" }),
        ["POST /api/v1/inventories/{id:guid}/recalculate"] = w => Json(HttpMethod.Post, $"{Inventory(w)}/recalculate", new { gwpSetId = "AR4" }),
        ["GET /api/v1/inventories/{id:guid}/base-year"] = w => new(HttpMethod.Get, $"{Inventory(w)}/base-year"),
        ["GET /api/v1/inventories/{id:guid}/audit"] = w => new(HttpMethod.Get, $"{Inventory(w)}/audit"),
        ["GET /api/v1/inventories/{id:guid}/sources"] = w => new(HttpMethod.Get, $"{Inventory(w)}/sources"),
        ["POST /api/v1/inventories/{id:guid}/sources"] = w => Json(HttpMethod.Post, $"{Inventory(w)}/sources", new { facilityId = w.B.FacilityId, sourceType = "外購電力", material = "外購電力" }),
        ["GET /api/v1/inventories/{id:guid}/sources/{sourceId:guid}"] = w => new(HttpMethod.Get, Source(w)),
        ["PUT /api/v1/inventories/{id:guid}/sources/{sourceId:guid}"] = w => Json(HttpMethod.Put, Source(w), new { facilityId = w.B.FacilityId, sourceType = "外購電力", material = "外購電力" }),
        ["DELETE /api/v1/inventories/{id:guid}/sources/{sourceId:guid}"] = w => new(HttpMethod.Delete, Source(w)),
        ["GET /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity"] = w => new(HttpMethod.Get, $"{Source(w)}/activity"),
        ["POST /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity"] = w => Json(HttpMethod.Post, $"{Source(w)}/activity", new { year = 2024, amount = 1, unit = "度" }),
        ["GET /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity/{entryId:guid}"] = w => new(HttpMethod.Get, Entry(w)),
        ["PUT /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity/{entryId:guid}"] = w => Json(HttpMethod.Put, Entry(w), new { year = 2024, amount = 1, unit = "度" }),
        ["DELETE /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity/{entryId:guid}"] = w => new(HttpMethod.Delete, Entry(w)),
        ["GET /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity/{entryId:guid}/evidence"] = w => new(HttpMethod.Get, $"{Entry(w)}/evidence"),
        ["POST /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity/{entryId:guid}/evidence"] = w => new(HttpMethod.Post, $"{Entry(w)}/evidence")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.7\n"u8.ToArray()), "file", "probe.pdf" } },
        },
        ["PUT /api/v1/organisation/members/{id:guid}"] = w => Json(HttpMethod.Put, $"/api/v1/organisation/members/{w.MembershipB}", new { role = "Viewer" }),
        ["DELETE /api/v1/organisation/members/{id:guid}"] = w => new(HttpMethod.Delete, $"/api/v1/organisation/members/{w.MembershipB}"),
        ["DELETE /api/v1/organisation/invitations/{id:guid}"] = w => new(HttpMethod.Delete, $"/api/v1/organisation/invitations/{w.InvitationB}"),
        ["POST /api/v1/me/invitations/{id:guid}/accept"] = w => new(HttpMethod.Post, $"/api/v1/me/invitations/{w.InvitationB}/accept"),
        ["POST /api/v1/me/invitations/{id:guid}/decline"] = w => new(HttpMethod.Post, $"/api/v1/me/invitations/{w.InvitationB}/decline"),

        // An invitation is found by its secret token only; a guessed one finds nothing.
        ["GET /api/v1/invitations/{token}"] = w => new(HttpMethod.Get, $"/api/v1/invitations/{w.InvitationB}"),
        ["POST /api/v1/invitations/{token}"] = w => Json(HttpMethod.Post, $"/api/v1/invitations/{w.InvitationB}", new { displayName = "probe", password = "probe-password-123" }),
        ["GET /organisation/members/{Id:guid}"] = w => new(HttpMethod.Get, $"/organisation/members/{w.MembershipB}"),
        ["POST /organisation/members/{Id:guid}"] = w => w.Form($"/organisation/members/{w.MembershipB}", "remove-member", ("Confirm", "true"), ("__confirmed", "yes")),
        ["GET /invite/{Token}"] = w => new(HttpMethod.Get, $"/invite/{w.InvitationB}"),
        ["POST /invite/{Token}"] = w => w.Form($"/invite/{w.InvitationB}", "accept-invitation", ("Input.DisplayName", "probe"), ("Input.Password", "probe-password-123")),
        ["GET /inventories/{Id:guid}/sources/{SourceId:guid}/activity/{EntryId:guid}/evidence"] = w => new(HttpMethod.Get, EntryPage(w)),
        ["POST /inventories/{Id:guid}/sources/{SourceId:guid}/activity/{EntryId:guid}/evidence"] = w => w.Form(EntryPage(w), "delete-evidence", ("DeleteId", w.EvidenceB.ToString()), ("__confirmed", "yes")),
        ["GET /api/v1/inventories/{id:guid}/evidence/{evidenceId:guid}"] = w => new(HttpMethod.Get, $"{Inventory(w)}/evidence/{w.EvidenceB}"),
        ["DELETE /api/v1/inventories/{id:guid}/evidence/{evidenceId:guid}"] = w => new(HttpMethod.Delete, $"{Inventory(w)}/evidence/{w.EvidenceB}"),

        // Import (Features/ActivityImports): templates, the import itself (a commit of a valid file), and the page's two forms.
        ["GET /api/v1/inventories/{id:guid}/import/template.xlsx"] = w => new(HttpMethod.Get, $"{Inventory(w)}/import/template.xlsx"),
        ["GET /api/v1/inventories/{id:guid}/import/template.csv"] = w => new(HttpMethod.Get, $"{Inventory(w)}/import/template.csv"),
        ["POST /api/v1/inventories/{id:guid}/import"] = w => new(HttpMethod.Post, $"{Inventory(w)}/import?dryRun=false")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent("廠區,排放型式,原燃物料,活動數據,單位,年度\n乙廠,外購電力,外購電力,1,度,2024\n"u8.ToArray()), "file", "probe.csv" } },
        },
        ["POST /api/v1/inventories/{id:guid}/imports"] = w => new(HttpMethod.Post, $"{Inventory(w)}/imports")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent("廠區,排放型式,原燃物料,活動數據,單位,年度\n乙廠,外購電力,外購電力,1,度,2024\n"u8.ToArray()), "file", "probe.csv" } },
        },
        ["GET /api/v1/inventories/{id:guid}/imports/{jobId:guid}"] = w => new(HttpMethod.Get, $"{Inventory(w)}/imports/{w.ImportJobB}"),
        ["GET /inventories/{id:guid}/import/jobs/{jobId:guid}"] = w => new(HttpMethod.Get, $"/inventories/{w.B.InventoryYearId}/import/jobs/{w.ImportJobB}"),
        ["GET /inventories/{id:guid}/import"] = w => new(HttpMethod.Get, $"/inventories/{w.B.InventoryYearId}/import"),
        ["POST /inventories/{id:guid}/import"] = w => w.Form($"/inventories/{w.B.InventoryYearId}/import", "import-commit", ("Key", new string('a', 32)), ("FileName", "probe.csv")),

        // Pages: a GET, and a POST of the page's form carrying a valid antiforgery token (else it would be a 400).
        // A page without forms is [GetOnly], so it has no POST route.
        ["GET /inventories/{id:guid}/lock"] = w => new(HttpMethod.Get, $"/inventories/{w.B.InventoryYearId}/lock"),
        ["POST /inventories/{id:guid}/lock"] = w => w.Form($"/inventories/{w.B.InventoryYearId}/lock", "lock", ("LockInput.Checked", "true")),
        ["GET /inventories/{id:guid}/audit"] = w => new(HttpMethod.Get, $"/inventories/{w.B.InventoryYearId}/audit?source={w.B.SourceId}"),
        ["GET /api/v1/inventories/{id:guid}/reminder"] = w => new(HttpMethod.Get, $"{Inventory(w)}/reminder"),
        ["PUT /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity"] = w =>
            Json(HttpMethod.Put, $"{Source(w)}/activity", new { months = new[] { new { year = 2024, month = 1, amount = 1, unit = "度" } } }),

        // Pages: a GET, and a POST of the page's form with a valid antiforgery token (else it would be a 400, not a probe).
        ["GET /inventories/{id:guid}"] = w => new(HttpMethod.Get, $"/inventories/{w.B.InventoryYearId}"),
        ["POST /inventories/{id:guid}"] = w => w.Form($"/inventories/{w.B.InventoryYearId}", "inventory-settings", ("Input.Year", "2024")),
        ["GET /inventories/{id:guid}/sources"] = w => new(HttpMethod.Get, $"/inventories/{w.B.InventoryYearId}/sources"),
        ["POST /inventories/{id:guid}/sources"] = w => w.Form($"/inventories/{w.B.InventoryYearId}/sources", "add-source",
            ("Input.FacilityId", w.B.FacilityId.ToString()), ("Input.SourceType", "electricity"), ("Input.Material", "electricity")),
        ["GET /inventories/{id:guid}/sources/{sourceId:guid}"] = w => new(HttpMethod.Get, SourcePage(w)),
        ["POST /inventories/{id:guid}/sources/{sourceId:guid}"] = w => w.Form(SourcePage(w), "month-grid",
            ("Grid.Rows[0].Year", "2024"), ("Grid.Rows[0].Month", "1"), ("Grid.Rows[0].Amount", "1"), ("Grid.Rows[0].Unit", "度")),
        ["GET /inventories/{id:guid}/reminder"] = w => new(HttpMethod.Get, $"/inventories/{w.B.InventoryYearId}/reminder"),
        ["POST /inventories/{id:guid}/reminder"] = w => w.Form($"/inventories/{w.B.InventoryYearId}/reminder", "none"),
        ["GET /organisation/facilities/{id:guid}"] = w => new(HttpMethod.Get, $"/organisation/facilities/{w.B.FacilityId}"),
        ["POST /organisation/facilities/{id:guid}"] = w => w.Form($"/organisation/facilities/{w.B.FacilityId}", "facility", ("Input.Name", "甲廠")),

        // Results pages (Features/Inventories/Pages/Results): GET renders; POST (with A's valid antiforgery token) is the intensity form.
        ["GET /inventories/{Id:guid}/results"] = w => new(HttpMethod.Get, $"/inventories/{w.B.InventoryYearId}/results"),
        ["POST /inventories/{Id:guid}/results"] = w => w.Form($"/inventories/{w.B.InventoryYearId}/results", "intensity", ("Input.OutputQuantity", "1"), ("Input.OutputUnit", "t")),
        ["GET /inventories/{id:guid}/recalculate"] = w => new(HttpMethod.Get, $"/inventories/{w.B.InventoryYearId}/recalculate"),
        ["POST /inventories/{id:guid}/recalculate"] = w => w.Form($"/inventories/{w.B.InventoryYearId}/recalculate", "apply", ("Apply.GwpSetId", "AR4")),
        ["GET /inventories/{Id:guid}/documents"] = w => new(HttpMethod.Get, $"/inventories/{w.B.InventoryYearId}/documents"),
        ["POST /inventories/{Id:guid}/documents"] = w => w.Form($"/inventories/{w.B.InventoryYearId}/documents", "none"),
        ["GET /inventories/{Id:guid}/results/entries"] = w => new(HttpMethod.Get, $"/inventories/{w.B.InventoryYearId}/results/entries?scope=2"),
        ["POST /inventories/{Id:guid}/results/entries"] = w => w.Form($"/inventories/{w.B.InventoryYearId}/results/entries", "intensity", ("Input.OutputQuantity", "1"), ("Input.OutputUnit", "t")),
        // Meters (Features/Meters): B's meter and gateway key.
        ["GET /api/v1/meters/{id:guid}"] = w => new(HttpMethod.Get, $"/api/v1/meters/{w.MeterB}"),
        ["PUT /api/v1/meters/{id:guid}"] = w => Json(HttpMethod.Put, $"/api/v1/meters/{w.MeterB}", new { facilityId = w.B.FacilityId, name = "x", energyType = "electricity", unit = "kWh" }),
        ["DELETE /api/v1/meters/{id:guid}"] = w => new(HttpMethod.Delete, $"/api/v1/meters/{w.MeterB}"),
        ["GET /api/v1/meters/{id:guid}/months"] = w => new(HttpMethod.Get, $"/api/v1/meters/{w.MeterB}/months?year=2024"),
        ["POST /api/v1/meters/{id:guid}/sync"] = w => new(HttpMethod.Post, $"/api/v1/meters/{w.MeterB}/sync"),
        // Reading corrections (meterdata, issue 16): B's meter's reading.
        ["PUT /api/v1/meters/{id:guid}/readings/{ts:long}"] = w => Json(HttpMethod.Put, $"/api/v1/meters/{w.MeterB}/readings/1735660800", new { value = 1 }),
        ["DELETE /api/v1/meters/{id:guid}/readings/{ts:long}"] = w => new(HttpMethod.Delete, $"/api/v1/meters/{w.MeterB}/readings/1735660800"),
        ["GET /meters/{Id:guid}/readings"] = w => new(HttpMethod.Get, $"/meters/{w.MeterB}/readings?date=2025-01-01"),
        ["POST /meters/{Id:guid}/readings"] = w => w.Form($"/meters/{w.MeterB}/readings", "correct-reading", ("Change.Values[1735660800]", "1"), ("Change.Command", "correct:1735660800")),
        ["DELETE /api/v1/gateway-keys/{id:guid}"] = w => new(HttpMethod.Delete, $"/api/v1/gateway-keys/{w.GatewayKeyB}"),
        ["GET /meters/{Id:guid}"] = w => new(HttpMethod.Get, $"/meters/{w.MeterB}"),
        ["POST /meters/{Id:guid}"] = w => w.Form($"/meters/{w.MeterB}", "meter", ("Input.Name", "x"), ("Input.FacilityId", w.B.FacilityId.ToString()),
            ("Input.EnergyType", "electricity"), ("Input.Unit", "kWh")),
        ["GET /inventories/{Id:guid}/results/trace/{EntryId:guid}"] = w => new(HttpMethod.Get, $"/inventories/{w.B.InventoryYearId}/results/trace/{w.B.ActivityId}"),
        ["POST /inventories/{Id:guid}/results/trace/{EntryId:guid}"] = w => w.Form($"/inventories/{w.B.InventoryYearId}/results/trace/{w.B.ActivityId}", "intensity", ("Input.OutputQuantity", "1"), ("Input.OutputUnit", "t")),

        // Reduction planning (Features/Planning): an evaluation valued with B's inventory or facility, B's suggestions; the
        // catalog and case routes hold no tenant data, so a guessed id (B's organisation id) finds nothing.
        ["POST /api/v1/measures/{measureId}/evaluate"] = w => Json(HttpMethod.Post, "/api/v1/measures/led/evaluate",
            new { parameters = new Dictionary<string, object> { ["count"] = 1, ["watts-before"] = 36, ["watts-after"] = 18, ["hours"] = 1 }, inventoryId = w.B.InventoryYearId }),
        ["GET /api/v1/cases/{caseId}"] = w => new(HttpMethod.Get, $"/api/v1/cases/{w.OrganisationB}"),
        ["GET /api/v1/inventories/{id:guid}/suggestions"] = w => new(HttpMethod.Get, $"{Inventory(w)}/suggestions"),
        ["GET /planning/measures/{MeasureId}"] = w => new(HttpMethod.Get, $"/planning/measures/{w.OrganisationB}"),
        ["POST /planning/measures/{MeasureId}"] = w => w.Form("/planning/measures/led", "evaluate",
            ("p.count", "1"), ("p.watts-before", "36"), ("p.watts-after", "18"), ("p.hours", "1"), ("facilityId", w.B.FacilityId.ToString())),
        ["GET /planning/cases/{CaseId}"] = w => new(HttpMethod.Get, $"/planning/cases/{w.OrganisationB}"),
        ["GET /inventories/{Id:guid}/suggestions"] = w => new(HttpMethod.Get, $"/inventories/{w.B.InventoryYearId}/suggestions"),
        // Plans and targets (Features/Plans): B's plan, its measure and B's target.
        ["GET /api/v1/plans/{id:guid}"] = w => new(HttpMethod.Get, Plan(w)),
        ["PUT /api/v1/plans/{id:guid}"] = w => Json(HttpMethod.Put, Plan(w), new { name = "probe", baseInventoryId = w.B.InventoryYearId, endYear = 2030 }),
        ["DELETE /api/v1/plans/{id:guid}"] = w => new(HttpMethod.Delete, Plan(w)),
        ["GET /api/v1/plans/{id:guid}/measures"] = w => new(HttpMethod.Get, $"{Plan(w)}/measures"),
        ["POST /api/v1/plans/{id:guid}/measures"] = w => Json(HttpMethod.Post, $"{Plan(w)}/measures", new { kind = "custom", startYear = 2026, parameters = new { electricity = "1" } }),
        ["PUT /api/v1/plans/{id:guid}/measures/{measureId:guid}"] = w => Json(HttpMethod.Put, $"{Plan(w)}/measures/{w.Planning.MeasureId}",
            new { kind = "custom", startYear = 2026, implementedOn = "2026-01-01", parameters = new { electricity = "1" } }),
        ["DELETE /api/v1/plans/{id:guid}/measures/{measureId:guid}"] = w => new(HttpMethod.Delete, $"{Plan(w)}/measures/{w.Planning.MeasureId}"),
        ["GET /api/v1/plans/{id:guid}/curve"] = w => new(HttpMethod.Get, $"{Plan(w)}/curve"),
        ["GET /api/v1/plans/{id:guid}/pathway"] = w => new(HttpMethod.Get, $"{Plan(w)}/pathway"),
        ["GET /api/v1/plans/{id:guid}/carbon-fee"] = w => new(HttpMethod.Get, $"{Plan(w)}/carbon-fee"),
        ["GET /api/v1/plans/{id:guid}/verified-savings"] = w => new(HttpMethod.Get, $"{Plan(w)}/verified-savings"),
        ["GET /api/v1/targets/{id:guid}"] = w => new(HttpMethod.Get, $"/api/v1/targets/{w.Planning.TargetId}"),
        ["PUT /api/v1/targets/{id:guid}"] = w => Json(HttpMethod.Put, $"/api/v1/targets/{w.Planning.TargetId}",
            new { name = "probe", kind = "Absolute", baseYear = 2024, targetYear = 2030, annualReductionPercent = 1 }),
        ["DELETE /api/v1/targets/{id:guid}"] = w => new(HttpMethod.Delete, $"/api/v1/targets/{w.Planning.TargetId}"),
        ["GET /api/v1/targets/{id:guid}/table"] = w => new(HttpMethod.Get, $"/api/v1/targets/{w.Planning.TargetId}/table"),
        ["GET /planning/plans/{Id:guid}"] = w => new(HttpMethod.Get, $"/planning/plans/{w.Planning.PlanId}"),
        ["POST /planning/plans/{Id:guid}"] = w => w.Form($"/planning/plans/{w.Planning.PlanId}", "add-measure",
            ("Input.Kind", "custom"), ("Input.StartYear", "2026"), ("Value.electricity", "1")),
        ["GET /planning/targets/{Id:guid}"] = w => new(HttpMethod.Get, $"/planning/targets/{w.Planning.TargetId}"),
        // Energy monitoring (meters-analytics): alerts, detection and dashboards of B's meter and facility.
        ["POST /api/v1/meters/{id:guid}/alerts/detect"] = w => new(HttpMethod.Post, $"/api/v1/meters/{w.MonitoringB.MeterId}/alerts/detect"),
        ["POST /api/v1/meters/alerts/{id:guid}/acknowledge"] = w => new(HttpMethod.Post, $"/api/v1/meters/alerts/{w.MonitoringB.AlertId}/acknowledge"),
        ["POST /api/v1/meters/alerts/{id:guid}/resolve"] = w => new(HttpMethod.Post, $"/api/v1/meters/alerts/{w.MonitoringB.AlertId}/resolve"),
        ["GET /api/v1/meters/{id:guid}/dashboard"] = w => new(HttpMethod.Get, $"/api/v1/meters/{w.MonitoringB.MeterId}/dashboard"),
        ["GET /api/v1/facilities/{id:guid}/energy"] = w => new(HttpMethod.Get, $"/api/v1/facilities/{w.B.FacilityId}/energy"),
        // Alert automation (alerts-auto): "retry now" of B's failed webhook delivery.
        ["POST /api/v1/organisation/alert-webhook/deliveries/{id:guid}/retry"] = w =>
            new(HttpMethod.Post, $"/api/v1/organisation/alert-webhook/deliveries/{w.DeliveryB}/retry"),
        ["GET /meters/{id:guid}/dashboard"] = w => new(HttpMethod.Get, $"/meters/{w.MonitoringB.MeterId}/dashboard"),
        ["POST /meters/{id:guid}/dashboard"] = w => w.Form($"/meters/{w.MonitoringB.MeterId}/dashboard", "none"),
        ["GET /meters/{id:guid}/bill"] = w => new(HttpMethod.Get, $"/meters/{w.MonitoringB.MeterId}/bill?month=2025-07"),
        ["POST /meters/{id:guid}/bill"] = w => w.Form($"/meters/{w.MonitoringB.MeterId}/bill", "none"),
        ["GET /facilities/{id:guid}/energy"] = w => new(HttpMethod.Get, $"/facilities/{w.B.FacilityId}/energy"),
        ["POST /facilities/{id:guid}/energy"] = w => w.Form($"/facilities/{w.B.FacilityId}/energy", "none"),
        ["GET /planning/targets/{Id:guid}/edit"] = w => new(HttpMethod.Get, $"/planning/targets/{w.Planning.TargetId}/edit"),
        ["POST /planning/targets/{Id:guid}/edit"] = w => w.Form($"/planning/targets/{w.Planning.TargetId}/edit", "new-target",
            ("Input.Name", "probe"), ("Input.Kind", "Absolute"), ("Input.BaseYear", "2024"), ("Input.TargetYear", "2030"), ("Input.AnnualReductionPercent", "1"), ("Input.Scopes", "1,2")),
        ["POST /planning/targets/{Id:guid}"] = w => w.Form($"/planning/targets/{w.Planning.TargetId}", "delete-target", ("Delete", "1"), ("__confirmed", "yes")),

        // The organisation's own tariff plans (tariff-plans): B's plan by id, through the API and the page.
        ["GET /api/v1/tariff-plans/{id:guid}"] = w => new(HttpMethod.Get, $"/api/v1/tariff-plans/{w.TariffPlanB}"),
        ["PUT /api/v1/tariff-plans/{id:guid}"] = w => Json(HttpMethod.Put, $"/api/v1/tariff-plans/{w.TariffPlanB}", new { csv = Tariffs.TariffPlanCsv.Plan("b_plan", 99m) }),
        ["DELETE /api/v1/tariff-plans/{id:guid}"] = w => new(HttpMethod.Delete, $"/api/v1/tariff-plans/{w.TariffPlanB}"),
        ["GET /tariffs/plans/{Id:guid}"] = w => new(HttpMethod.Get, $"/tariffs/plans/{w.TariffPlanB}"),
        ["POST /tariffs/plans/{Id:guid}"] = w => w.Form($"/tariffs/plans/{w.TariffPlanB}", "delete-tariff-plan", ("Delete", "1"), ("__confirmed", "yes")),
        // Products (Features/Products): B's product, its outputs and footprint version, and B's inventory's assignments and allocation.
        ["GET /products/{Id:guid}"] = w => new(HttpMethod.Get, $"/products/{w.ProductsB.ProductId}"),
        ["POST /products/{Id:guid}"] = w => w.Form($"/products/{w.ProductsB.ProductId}", "add-line", ("Line.Material", "probe"), ("Line.QuantityPerUnit", "1"),
            ("Line.Unit", "kg"), ("Line.SourceKind", "secondary"), ("Line.KgCo2ePerUnit", "1"), ("Line.FactorSource", "probe"), ("Line.FactorVersion", "1")),
        ["GET /products/{Id:guid}/edit"] = w => new(HttpMethod.Get, $"/products/{w.ProductsB.ProductId}/edit"),
        ["POST /products/{Id:guid}/edit"] = w => w.Form($"/products/{w.ProductsB.ProductId}/edit", "product", ("Input.Code", "probe"), ("Input.Name", "probe"),
            ("Input.DeclaredUnit", "kg")),
        ["GET /products/{Id:guid}/outputs"] = w => new(HttpMethod.Get, $"/products/{w.ProductsB.ProductId}/outputs"),
        ["POST /products/{Id:guid}/outputs"] = w => w.Form($"/products/{w.ProductsB.ProductId}/outputs", "remove-output", ("RemoveOutput", w.ProductsB.OutputId.ToString()),
            ("__confirmed", "yes")),
        ["GET /products/{Id:guid}/footprints"] = w => new(HttpMethod.Get, $"/products/{w.ProductsB.ProductId}/footprints"),
        ["POST /products/{Id:guid}/footprints"] = w => w.Form($"/products/{w.ProductsB.ProductId}/footprints", "compute", ("Inventory", w.B.InventoryYearId.ToString())),
        ["GET /products/{Id:guid}/footprints/{VersionId:guid}"] = w => new(HttpMethod.Get, $"/products/{w.ProductsB.ProductId}/footprints/{w.ProductsB.VersionId}"),
        ["POST /products/{Id:guid}/footprints/{VersionId:guid}"] = w => w.Form($"/products/{w.ProductsB.ProductId}/footprints/{w.ProductsB.VersionId}", "publish-version",
            ("Publish", "1")),
        ["GET /products/inventories/{Id:guid}/assignments"] = w => new(HttpMethod.Get, $"/products/inventories/{w.B.InventoryYearId}/assignments"),
        ["POST /products/inventories/{Id:guid}/assignments"] = w => w.Form($"/products/inventories/{w.B.InventoryYearId}/assignments", "unassign",
            ("Unassign", w.ProductsB.AssignmentId.ToString()), ("__confirmed", "yes")),
        ["GET /products/inventories/{Id:guid}/allocation"] = w => new(HttpMethod.Get, $"/products/inventories/{w.B.InventoryYearId}/allocation"),

        // EU CBAM (Features/Cbam): B's installation, its template, its good with a precursor, the good's outlook.
        ["GET /cbam/installations/{Id:guid}"] = w => new(HttpMethod.Get, $"/cbam/installations/{w.CbamB.InstallationId}"),
        ["POST /cbam/installations/{Id:guid}"] = w => w.Form($"/cbam/installations/{w.CbamB.InstallationId}", "delete-installation", ("Delete", "1"), ("__confirmed", "yes")),
        ["GET /cbam/installations/{id:guid}/template"] = w => new(HttpMethod.Get, $"/cbam/installations/{w.CbamB.InstallationId}/template"),
        ["GET /cbam/installations/{InstallationId:guid}/goods/new"] = w => new(HttpMethod.Get, $"/cbam/installations/{w.CbamB.InstallationId}/goods/new"),
        ["POST /cbam/installations/{InstallationId:guid}/goods/new"] = w => w.Form($"/cbam/installations/{w.CbamB.InstallationId}/goods/new", "good",
            ("Input.CnCode", "7318 15 88"), ("Input.Year", "2024"), ("Input.ActivityLevelT", "1"), ("Input.DirectEmissionsT", "1")),
        ["GET /cbam/goods/{Id:guid}"] = w => new(HttpMethod.Get, $"/cbam/goods/{w.CbamB.GoodId}"),
        ["POST /cbam/goods/{Id:guid}"] = w => w.Form($"/cbam/goods/{w.CbamB.GoodId}", "remove-precursor", ("RemovePrecursor", w.CbamB.PrecursorId.ToString()), ("__confirmed", "yes")),
        ["GET /cbam/goods/{Id:guid}/edit"] = w => new(HttpMethod.Get, $"/cbam/goods/{w.CbamB.GoodId}/edit"),
        ["POST /cbam/goods/{Id:guid}/edit"] = w => w.Form($"/cbam/goods/{w.CbamB.GoodId}/edit", "good", ("Input.CnCode", "7318 15 88"), ("Input.Year", "2024"),
            ("Input.ActivityLevelT", "1"), ("Input.DirectEmissionsT", "1")),
        ["GET /cbam/goods/{Id:guid}/outlook"] = w => new(HttpMethod.Get, $"/cbam/goods/{w.CbamB.GoodId}/outlook"),
        // Sector action plans (Features/ActionPlans): B's plan, one of its measures, and the plan's documents.
        ["GET /action-plans/{Id:guid}"] = w => new(HttpMethod.Get, $"/action-plans/{w.ActionPlansB.PlanId}"),
        ["POST /action-plans/{Id:guid}"] = w => w.Form($"/action-plans/{w.ActionPlansB.PlanId}", "delete-plan", ("Delete", "yes"), ("__confirmed", "yes")),
        ["GET /action-plans/{Id:guid}/measures/{MeasureId:guid}"] = w => new(HttpMethod.Get, $"/action-plans/{w.ActionPlansB.PlanId}/measures/{w.ActionPlansB.MeasureId}"),
        ["POST /action-plans/{Id:guid}/measures/{MeasureId:guid}"] = w => w.Form($"/action-plans/{w.ActionPlansB.PlanId}/measures/{w.ActionPlansB.MeasureId}", "measure",
            ("Input.Status", "not-achieved"), ("Input.RowVersion", "1")),
        ["GET /api/v1/action-plans/{id:guid}/report.xlsx"] = w => new(HttpMethod.Get, $"/api/v1/action-plans/{w.ActionPlansB.PlanId}/report.xlsx"),
        ["GET /api/v1/action-plans/{id:guid}/report.docx"] = w => new(HttpMethod.Get, $"/api/v1/action-plans/{w.ActionPlansB.PlanId}/report.docx?lang=en"),
        // Programmes (Features/Programmes): B's closed programme, its service, application and request (the public form finds a closed one neither).
        ["GET /apply/{ProgrammeId:guid}"] = w => new(HttpMethod.Get, $"/apply/{w.ProgrammesB.ProgrammeId}"),
        ["POST /apply/{ProgrammeId:guid}"] = w => w.Form($"/apply/{w.ProgrammesB.ProgrammeId}", "application", ("Input.FactoryName", "probe")),
        ["GET /programmes/{Id:guid}"] = w => new(HttpMethod.Get, $"/programmes/{w.ProgrammesB.ProgrammeId}"),
        ["POST /programmes/{Id:guid}"] = w => w.Form($"/programmes/{w.ProgrammesB.ProgrammeId}", "accepting"),
        ["GET /programmes/services/{Id:guid}"] = w => new(HttpMethod.Get, $"/programmes/services/{w.ProgrammesB.ServiceId}"),
        ["POST /programmes/services/{Id:guid}"] = w => w.Form($"/programmes/services/{w.ProgrammesB.ServiceId}", "service-terms", ("Input.Quota", "999"),
            ("Input.CoPaymentNtd", "0"), ("Input.DeliveredBy", "probe"), ("Input.OpensOn", "2023-01-01")),
        ["GET /programmes/applications/{Id:guid}"] = w => new(HttpMethod.Get, $"/programmes/applications/{w.ProgrammesB.ApplicationId}"),
        ["POST /programmes/applications/{Id:guid}"] = w => w.Form($"/programmes/applications/{w.ProgrammesB.ApplicationId}", "decision",
            ("Decision.RequestId", w.ProgrammesB.RequestId.ToString()), ("Decision.Action", "reject"), ("Decision.Reason", "probe")),
        ["GET /programmes/applications/{id:guid}/form.docx"] = w => new(HttpMethod.Get, $"/programmes/applications/{w.ProgrammesB.ApplicationId}/form.docx"),
        ["GET /programmes/{Id:guid}/kpis"] = w => new(HttpMethod.Get, $"/programmes/{w.ProgrammesB.ProgrammeId}/kpis"),
        ["POST /programmes/{Id:guid}/kpis"] = w => w.Form($"/programmes/{w.ProgrammesB.ProgrammeId}/kpis", "none"),
        ["GET /api/v1/programmes/{id:guid}/kpis.xlsx"] = w => new(HttpMethod.Get, $"/api/v1/programmes/{w.ProgrammesB.ProgrammeId}/kpis.xlsx"),
        // Training (Features/Training): B's course, session, attendance day and certificate; a registration link guessed from
        // B's session id, and B's certificate number with a guessed check code.
        ["GET /training/courses/{Id:guid}"] = w => new(HttpMethod.Get, $"/training/courses/{w.TrainingB.CourseId}"),
        ["POST /training/courses/{Id:guid}"] = w => w.Form($"/training/courses/{w.TrainingB.CourseId}", "session", ("Input.Place", "probe"),
            ("Input.FirstDate", "2026-12-20"), ("Input.Days", "1"), ("Input.HoursPerDay", "1"), ("Input.Capacity", "1")),
        ["GET /training/sessions/{Id:guid}"] = w => new(HttpMethod.Get, $"/training/sessions/{w.TrainingB.SessionId}"),
        ["POST /training/sessions/{Id:guid}"] = w => w.Form($"/training/sessions/{w.TrainingB.SessionId}", "cancel-registration",
            ("Cancel", w.TrainingB.RegistrationId.ToString()), ("__confirmed", "yes")),
        ["GET /training/sessions/{Id:guid}/attendance"] = w => new(HttpMethod.Get, $"/training/sessions/{w.TrainingB.SessionId}/attendance?day=1"),
        ["POST /training/sessions/{Id:guid}/attendance"] = w => w.Form($"/training/sessions/{w.TrainingB.SessionId}/attendance?day=1", "attendance",
            ("Present", w.TrainingB.RegistrationId.ToString())),
        ["GET /training/certificates/{Id:guid}"] = w => new(HttpMethod.Get, $"/training/certificates/{w.TrainingB.CertificateId}"),
        ["POST /training/certificates/{Id:guid}"] = w => w.Form($"/training/certificates/{w.TrainingB.CertificateId}", "revoke", ("Reason", "probe")),
        ["GET /training/register/{Token}"] = w => new(HttpMethod.Get, $"/training/register/{w.TrainingB.SessionId}"),
        ["POST /training/register/{Token}"] = w => w.Form($"/training/register/{w.TrainingB.SessionId}", "register", ("Input.CompanyName", "probe"),
            ("Input.TaxId", "22099131"), ("Input.PersonName", "probe"), ("Input.Email", "probe@example.com.tw"), ("Input.Phone", "02-2784-4188")),
        ["GET /training/verify/{Number}/{Code}"] = w => new(HttpMethod.Get, $"/training/verify/{w.TrainingB.CertificateNumber}/ABCDE-FGHJK"),

        // Cases (Features/ProgrammeCases): B's case, its visit form and its visit's file.
        ["GET /cases/{Id:guid}"] = w => new(HttpMethod.Get, $"/cases/{w.CasesB.CaseId}"),
        ["POST /cases/{Id:guid}"] = w => w.Form($"/cases/{w.CasesB.CaseId}", "move-stage", ("Move.Stage", "closed"), ("Move.RowVersion", "1")),
        ["GET /cases/{Id:guid}/visits/new"] = w => new(HttpMethod.Get, $"/cases/{w.CasesB.CaseId}/visits/new"),
        ["POST /cases/{Id:guid}/visits/new"] = w => w.Form($"/cases/{w.CasesB.CaseId}/visits/new", "visit", ("Input.VisitedOn", "2026-11-22"),
            ("Input.PeoplePresent", "probe"), ("Input.Findings", "probe"), ("Input.NextSteps", "probe")),
        ["GET /cases/files/{id:guid}"] = w => new(HttpMethod.Get, $"/cases/files/{w.CasesB.FileId}"),

        // Follow-ups (Features/FollowUps): another agency's follow-up, as the agency's page and as the client's.
        ["GET /follow-ups/{Id:guid}"] = w => new(HttpMethod.Get, $"/follow-ups/{w.FollowUpsB.FollowUpId}"),
        ["POST /follow-ups/{Id:guid}"] = w => w.Form($"/follow-ups/{w.FollowUpsB.FollowUpId}", "send-reminders"),
        ["GET /organisation/follow-ups/{Id:guid}"] = w => new(HttpMethod.Get, $"/organisation/follow-ups/{w.FollowUpsB.FollowUpId}"),
        ["POST /organisation/follow-ups/{Id:guid}"] = w => w.Form($"/organisation/follow-ups/{w.FollowUpsB.FollowUpId}", "follow-up",
            ("Input.ReportingYear", "2024"), ("Input.Scope1", "1"), ("Input.Scope2", "1")),
    };

    [Fact]
    public async Task EveryRouteWithParameters_AsOtherTenant_FindsNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await World.CreateAsync(app, fixture);
        using var a = app.BearerClient(world.TokenA);

        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count > 0)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToList();
        routes.ShouldBe(Probes.Keys, ignoreOrder: true, customMessage: "every route with a parameter needs a tenant-isolation probe here");

        foreach (var (route, probe) in Probes)
        {
            using var request = probe(world);
            var response = await a.SendAsync(request);
            response.StatusCode.ShouldBeOneOf([HttpStatusCode.NotFound, HttpStatusCode.Forbidden], $"{route}: {await response.Content.ReadAsStringAsync()}");
        }

        using var b = app.BearerClient(world.TokenB.Token);
        (await AccountsApp.MeAsync(b)).CurrentOrganisationId.ShouldBe(world.OrganisationB); // B's token still works
        (await b.GetAsync(new Uri($"/api/v1/organisations/{world.OrganisationB}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = fixture.CreateContext(world.B.OrganisationId);
        (await db.ActivityEntries.SingleAsync(e => e.Id == world.B.ActivityId)).Amount.ShouldBe(1234.5m); // nothing of B's was changed
        (await db.Facilities.SingleAsync(f => f.Id == world.B.FacilityId)).Name.ShouldBe("觀音廠");
        (await db.EvidenceFiles.SingleAsync()).Id.ShouldBe(world.EvidenceB); // and nothing was added to it
        (await db.ActivityEntries.CountAsync(), await db.Facilities.CountAsync()).ShouldBe((1, 1)); // nor imported into it
        await using var dbB = fixture.CreateContext(world.OrganisationB);
        (await dbB.Memberships.SingleAsync()).Role.ShouldBe(MembershipRole.Owner);
        (await dbB.Invitations.SingleAsync()).AcceptedAt.ShouldBeNull();
        (await db.ImportJobs.SingleAsync()).Id.ShouldBe(world.ImportJobB); // no job was started for B
        await Plans.PlanningSeed.ShouldBeUnchangedAsync(fixture, world.B.OrganisationId, world.Planning);
        (await db.Meters.SingleAsync()).Name.ShouldBe("乙電表");
        (await db.GatewayKeys.SingleAsync()).RevokedAt.ShouldBeNull();
        (await db.MeterAlerts.SingleAsync(x => x.Id == world.MonitoringB.AlertId)).Status.ShouldBe(MeterAlertValues.Open);
        var planB = await db.OrganisationTariffPlans.SingleAsync();
        (planB.Id, planB.Version).ShouldBe((world.TariffPlanB, 1)); // B's plan neither replaced nor deleted
        (await a.PostAsJsonAsync("/api/v1/tariffs/peak-shift/block", new { plan = "b_plan", season = "summer", day = "weekday", kw = 1, window = "16:00-17:00",
            toWindow = "00:00-01:00", days = 1 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // nor usable by A by its id
        await Pact.PactIsolationSeed.ShouldSeeOnlyItsOwnAsync(app, world.PactB);
        var deliveryB = await db.AlertDeliveries.SingleAsync(x => x.Id == world.DeliveryB);
        (deliveryB.State, deliveryB.Attempts).ShouldBe((AlertDeliveryValues.Failed, 5)); // not retried
        await world.ProductsB.ShouldBeUnchangedAsync(fixture, world.B.OrganisationId);
        await world.CbamB.ShouldBeUnchangedAsync(fixture, world.B.OrganisationId);
        await world.ActionPlansB.ShouldBeUnchangedAsync(fixture, world.B.OrganisationId);
        await world.ProgrammesB.ShouldBeUnchangedAsync(fixture, world.B.OrganisationId);
        await world.TrainingB.ShouldBeUnchangedAsync(fixture, world.B.OrganisationId);
        await world.CasesB.ShouldBeUnchangedAsync(fixture, world.B.OrganisationId);
        await world.FollowUpsB.ShouldBeUnchangedAsync(fixture);
    }

    private static HttpRequestMessage PactProbe(World w, int version)
    {
        // A's PACT client asks for B's published footprint (Features/Pact): B's footprints do not exist for it.
        var request = new HttpRequestMessage(HttpMethod.Get, $"/{version}/footprints/{w.PactB.FootprintB}");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", w.PactB.TokenA);
        return request;
    }

    private static string Plan(World w) => $"/api/v1/plans/{w.Planning.PlanId}";

    private static string Inventory(World w) => $"/api/v1/inventories/{w.B.InventoryYearId}";

    private static string Source(World w) => $"{Inventory(w)}/sources/{w.B.SourceId}";

    private static string SourcePage(World w) => $"/inventories/{w.B.InventoryYearId}/sources/{w.B.SourceId}";

    private static string Entry(World w) => $"{Source(w)}/activity/{w.B.ActivityId}";

    private static string EntryPage(World w) => $"/inventories/{w.B.InventoryYearId}/sources/{w.B.SourceId}/activity/{w.B.ActivityId}/evidence";

    private static HttpRequestMessage Json(HttpMethod method, string path, object body) => new(method, path) { Content = JsonContent.Create(body) };

    [Fact]
    public async Task Me_AsOtherTenantWithOrganisationHeader_SeesNoneOfB()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await World.CreateAsync(app, fixture);
        using var a = app.BearerClient(world.TokenA);
        a.DefaultRequestHeaders.Add("X-Tanpan-Organisation", world.OrganisationB.ToString());

        var me = await AccountsApp.MeAsync(a);

        me.CurrentOrganisationId.ShouldBeNull();
        me.CurrentRole.ShouldBeNull();
        me.Memberships.Select(m => m.OrganisationId).ShouldBe([world.OrganisationA]);
        var tokens = await a.GetFromJsonAsync<List<Tanpan.Web.Features.Accounts.TokenSummary>>("/api/v1/tokens", AccountsApp.Json);
        tokens!.Select(t => t.Id).ShouldNotContain(world.TokenB.Id);
    }

    private static async Task<(Guid Meter, Guid Key)> SeedMeterAsync(DatabaseFixture fixture, SeededTenant tenant)
    {
        await using var db = fixture.CreateContext(tenant.OrganisationId);
        var meter = new Meter
        {
            Id = Guid.CreateVersion7(), FacilityId = tenant.FacilityId, Name = "乙電表", EnergyType = "electricity", Unit = "kWh", Kind = "interval",
            IntervalMinutes = 15, CreatedAt = Seed.Time,
        };
        var key = new GatewayKey { Id = Guid.CreateVersion7(), Name = "乙閘道器", KeyHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), CreatedAt = Seed.Time };
        db.Meters.Add(meter);
        db.GatewayKeys.Add(key);
        await db.SaveChangesAsync();
        return (meter.Id, key.Id);
    }

    /// <summary>An open alert on B's meter, for the monitoring probes.</summary>
    private static async Task<(Guid MeterId, Guid AlertId)> SeedMonitoringAsync(DatabaseFixture fixture, SeededTenant tenant, Guid meterId)
    {
        await using var db = fixture.CreateContext(tenant.OrganisationId);
        var alert = new MeterAlert
        {
            Id = Guid.CreateVersion7(), OrganisationId = tenant.OrganisationId, MeterId = meterId, Kind = "missing_data", StartUtc = 1, EndUtc = 2,
            Status = MeterAlertValues.Open, DetectedAt = Seed.Time,
        };
        db.Add(alert);
        await db.SaveChangesAsync();
        return (meterId, alert.Id);
    }

    private static async Task<Guid> SeedTariffPlanAsync(DatabaseFixture fixture, SeededTenant tenant)
    {
        await using var db = fixture.CreateContext(tenant.OrganisationId);
        var plan = new OrganisationTariffPlan
        {
            Id = Guid.CreateVersion7(), PlanId = "b_plan", NameZh = "乙方案", Version = 1, Csv = Tariffs.TariffPlanCsv.Plan("b_plan"), CreatedAt = Seed.Time,
            UpdatedAt = Seed.Time,
        };
        db.OrganisationTariffPlans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }

    private static async Task<Guid> SeedDeliveryAsync(DatabaseFixture fixture, SeededTenant tenant)
    {
        await using var db = fixture.CreateContext(tenant.OrganisationId);
        var delivery = new AlertDelivery
        {
            Id = Guid.CreateVersion7(), OrganisationId = tenant.OrganisationId, Payload = "{}", AlertCount = 1, State = AlertDeliveryValues.Failed, Attempts = 5,
            CreatedUtc = Seed.Time.ToUnixTimeSeconds(),
        };
        db.Add(delivery);
        await db.SaveChangesAsync();
        return delivery.Id;
    }

    private static async Task<Guid> SeedEvidenceAsync(DatabaseFixture fixture, SeededTenant tenant)
    {
        await using var db = fixture.CreateContext(tenant.OrganisationId);
        var evidence = new EvidenceFile
        {
            Id = Guid.CreateVersion7(),
            InventoryYearId = tenant.InventoryYearId,
            ActivityEntryId = tenant.ActivityId,
            FileName = "電費單.pdf",
            ContentType = "application/pdf",
            SizeBytes = 10,
            StoredPath = Guid.NewGuid().ToString("N"),
            Sha256 = new string('0', 64),
            UploadedAt = Seed.Time,
        };
        db.EvidenceFiles.Add(evidence);
        await db.SaveChangesAsync();
        return evidence.Id;
    }

    /// <summary>A and B with their owners' tokens; <see cref="B"/> is a third organisation with one row of every kind.</summary>
    private sealed record World(Guid OrganisationA, Guid OrganisationB, string TokenA, Tanpan.Web.Features.Accounts.CreatedToken TokenB, SeededTenant B, Guid EvidenceB,
        Guid MembershipB, Guid InvitationB, Guid ImportJobB, Plans.PlanningSeed Planning, Guid MeterB, Guid GatewayKeyB)
    {
        /// <summary>A bearer token of a PACT client of A, and a footprint B published and shared with its own client.</summary>
        public Pact.PactIsolationSeed PactB { get; private set; } = null!;

        /// <summary>A meter of B's facility with one open alert (energy monitoring).</summary>
        public (Guid MeterId, Guid AlertId) MonitoringB { get; private set; }

        /// <summary>A tariff plan of B's (id <c>b_plan</c>).</summary>
        public Guid TariffPlanB { get; private set; }

        /// <summary>A failed webhook delivery of B (alert automation).</summary>
        public Guid DeliveryB { get; private set; }

        /// <summary>A product of B's with a BOM line, an output, an assignment and a locked footprint version.</summary>
        public Products.ProductsSeed ProductsB { get; private set; } = default!;

        /// <summary>A CBAM installation of B's with a good and a precursor.</summary>
        public Cbam.CbamSeed CbamB { get; private set; } = default!;
        /// <summary>Seed 002's sample action plan imported into B.</summary>
        public ActionPlans.ActionPlansSeed ActionPlansB { get; private set; } = default!;
        /// <summary>B as an agency: a closed programme with one queued application.</summary>
        public Programmes.ProgrammesSeed ProgrammesB { get; private set; } = default!;
        /// <summary>A course of B's with a session, a registration that attended and its certificate.</summary>
        public Training.TrainingIsolationSeed TrainingB { get; private set; } = default!;
        /// <summary>A case of B's programme request, assigned to a team, with a visit and its file.</summary>
        public ProgrammeCases.CasesSeed CasesB { get; private set; } = default!;
        /// <summary>Another agency's closed case with its follow-ups, addressed to a client that is not A.</summary>
        public FollowUps.FollowUpsSeed FollowUpsB { get; private set; } = default!;

        /// <summary>A's antiforgery cookie and request token, for posting page forms with A's bearer token.</summary>
        public (string Cookie, string Token) Antiforgery { get; private set; }

        public HttpRequestMessage Form(string path, string formName, params (string Name, string Value)[] fields)
        {
            var content = fields.ToDictionary(f => f.Name, f => f.Value);
            (content["__RequestVerificationToken"], content["_handler"]) = (Antiforgery.Token, formName);
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(content) };
            request.Headers.Add("Cookie", Antiforgery.Cookie);
            return request;
        }

        public static async Task<World> CreateAsync(AccountsApp app, DatabaseFixture fixture)
        {
            var organisationA = await app.SeedOrganisationAsync("甲公司");
            var organisationB = await app.SeedOrganisationAsync("乙公司");
            var userA = await app.SeedUserAsync(false, (organisationA, MembershipRole.Owner));
            var userB = await app.SeedUserAsync(false, (organisationB, MembershipRole.Owner));
            var tokenA = await app.CreateTokenAsync(userA);
            var tokenB = await app.CreateTokenAsync(userB);
            var b = await Seed.TenantAsync(fixture);
            await using var db = fixture.CreateContext(organisationB);
            var invitation = new Invitation
            {
                Id = Guid.CreateVersion7(), Email = "invitee@example.tw", Role = MembershipRole.Editor, TokenHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
                CreatedAt = Seed.Time, ExpiresAt = Seed.Time.AddDays(7),
            };
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync();
            var job = new ImportJob
            {
                Id = Guid.CreateVersion7(), InventoryYearId = b.InventoryYearId, FileName = "乙.csv", State = ImportJobState.Succeeded, CreatedAt = Seed.Time,
            };
            await using (var dbOfB = fixture.CreateContext(b.OrganisationId))
            {
                dbOfB.ImportJobs.Add(job);
                await dbOfB.SaveChangesAsync();
            }
            var membershipB = await db.Memberships.Where(m => m.UserId == userB.Id).Select(m => m.Id).SingleAsync();
            var (meterB, keyB) = await SeedMeterAsync(fixture, b);
            var world = new World(organisationA, organisationB, tokenA.Token, tokenB, b, await SeedEvidenceAsync(fixture, b), membershipB, invitation.Id, job.Id,
                await Plans.PlanningSeed.CreateAsync(fixture, b), meterB, keyB);
            world.MonitoringB = await SeedMonitoringAsync(fixture, b, meterB);
            world.PactB = await Pact.PactIsolationSeed.CreateAsync(app, fixture, organisationA, organisationB);
            world.TariffPlanB = await SeedTariffPlanAsync(fixture, b);
            world.DeliveryB = await SeedDeliveryAsync(fixture, b);
            world.ProductsB = await Products.ProductsSeed.CreateAsync(fixture, b);
            world.CbamB = await Cbam.CbamSeed.CreateAsync(fixture, b);
            world.ActionPlansB = await ActionPlans.ActionPlansSeed.CreateAsync(fixture, b.OrganisationId);
            world.ProgrammesB = await Programmes.ProgrammesSeed.CreateAsync(fixture, b.OrganisationId);
            world.TrainingB = await Training.TrainingIsolationSeed.CreateAsync(fixture, b.OrganisationId);
            world.CasesB = await ProgrammeCases.CasesSeed.CreateAsync(fixture, b.OrganisationId, world.ProgrammesB);
            world.FollowUpsB = await FollowUps.FollowUpsSeed.CreateAsync(fixture);
            using var a = app.BearerClient(tokenA.Token);
            var response = await a.GetAsync(new Uri("/api/v1/antiforgery", UriKind.Relative));
            var token = (await response.Content.ReadFromJsonAsync<Tanpan.Web.Features.Accounts.AntiforgeryToken>(AccountsApp.Json))!.Token;
            world.Antiforgery = (response.Headers.GetValues("Set-Cookie").Single().Split(';')[0], token);
            return world;
        }
    }
}
