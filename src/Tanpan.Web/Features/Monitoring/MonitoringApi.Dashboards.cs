using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Web.Features.Meters;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Monitoring;

public static partial class MonitoringApi
{
    /// <summary>A meter's dashboard for the local day <paramref name="date"/> (yyyy-MM-dd; default today in Asia/Taipei).</summary>
    public static async Task<Results<Ok<EnergyDashboard>, ValidationProblem, ProblemHttpResult>> GetMeterDashboardAsync(Guid id,
        TenantContext tenant, EnergyDashboardService dashboards, CancellationToken cancellationToken, string? date = null)
    {
        if (!tenant.CanRead())
        {
            return MetersApi.NoAccess(); // verifiers see no meter data (as the meters and alerts APIs)
        }

        if (!TryDate(date, out var day))
        {
            return InvalidDate();
        }

        return await dashboards.ForMeterAsync(id, day, cancellationToken) is { } d ? TypedResults.Ok(d) : Problems.NotFound();
    }

    /// <summary>A facility's electricity meters summed, for the local day <paramref name="date"/>.</summary>
    public static async Task<Results<Ok<EnergyDashboard>, ValidationProblem, ProblemHttpResult>> GetFacilityEnergyAsync(Guid id,
        TenantContext tenant, EnergyDashboardService dashboards, CancellationToken cancellationToken, string? date = null)
    {
        if (!tenant.CanRead())
        {
            return MetersApi.NoAccess(); // verifiers see no meter data (as the meters and alerts APIs)
        }

        if (!TryDate(date, out var day))
        {
            return InvalidDate();
        }

        return await dashboards.ForFacilityAsync(id, day, cancellationToken) is { } d ? TypedResults.Ok(d) : Problems.NotFound();
    }

    internal static bool TryDate(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 2000 and <= 2100)
        {
            day = d;
            return true;
        }

        return false;
    }

    private static ValidationProblem InvalidDate() =>
        Invalid("date", "日期格式應為 yyyy-MM-dd。", "The date must look like yyyy-MM-dd.");
}
