using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;

namespace Tanpan.Web.Infrastructure;

/// <summary>
/// <c>GET /api/v1/ping-db</c>, mapped only when <c>Benchmark:PingDb</c> is true (bench/web): the reference a
/// results request is compared with — the same sign-in and tenant resolution, then one row read from the
/// database (the current organisation's name). Not part of the API (left out of the OpenAPI document).
/// </summary>
public static class BenchmarkEndpoints
{
    public static WebApplication MapBenchmarkEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Configuration.GetValue<bool>("Benchmark:PingDb"))
        {
            app.MapGet("/api/v1/ping-db", PingDbAsync).RequireAuthorization().ExcludeFromDescription();
        }

        return app;
    }

    public static async Task<IResult> PingDbAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name }).SingleOrDefaultAsync(cancellationToken) is { } row
            ? TypedResults.Ok(row)
            : TypedResults.NotFound();
}
