using Tanpan.Web.Components;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Features.Evidence;
using Tanpan.Web.Features.ActivityImports;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Features.Members;
using Tanpan.Web.Features.Planning;
using Tanpan.Web.Features.Plans;
using Tanpan.Web.Features.Meters;
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
builder.Services.AddPlanning();
builder.Services.AddPlans();
builder.Services.AddMeters();

var app = builder.Build();
app.MigrateDatabase();
app.SweepEvidence();
app.UseAccounts();
app.UseTanpanUi();
app.MapHealth();
app.MapAccountsApi();
app.MapInventoriesApi();
app.MapEvidenceApi();
app.MapImportsApi();
app.MapMembersApi();
app.MapPlanningApi();
app.MapPlansApi();
app.MapMetersApi();
app.MapBenchmarkEndpoints();
app.MapOpenApi("/openapi/v1.json");
app.MapTanpanUi();
app.Run();

/// <summary>Entry point, public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
