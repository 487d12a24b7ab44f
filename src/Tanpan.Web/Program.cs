using Tanpan.Web.Components;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Features.Evidence;
using Tanpan.Web.Features.ActivityImports;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Features.Members;
using Tanpan.Web.Features.Meters;
using Tanpan.Web.Features.Monitoring;
using Tanpan.Web.Features.Tariffs;
using Tanpan.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddTanpanCore();
builder.Services.AddTanpanData(builder.Configuration);
builder.Services.AddAccounts();
builder.Services.AddEvidence(builder.Configuration);
builder.Services.AddMembers();
builder.Services.AddTanpanUi();
builder.Services.AddInventories();
builder.Services.AddImports(builder.Configuration);
builder.Services.AddMeters();
builder.Services.AddMonitoring();

var app = builder.Build();
app.MigrateDatabase();
app.SweepEvidence();
app.UseAccounts();
app.UseTanpanUi();
app.UseInventoryPages();
app.MapHealth();
app.MapAccountsApi();
app.MapInventoriesApi();
app.MapEvidenceApi();
app.MapImportsApi();
app.MapMembersApi();
app.MapTariffsApi();
app.MapMonitoringApi();
app.MapBenchmarkEndpoints();
app.MapOpenApi("/openapi/v1.json");
app.MapTanpanUi();
app.Run();

/// <summary>Entry point, public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
