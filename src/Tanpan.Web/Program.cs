using Tanpan.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddTanpanCore();
builder.Services.AddTanpanData(builder.Configuration);

var app = builder.Build();
app.MigrateDatabase();
app.MapHealth();
app.Run();

/// <summary>Entry point, public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
