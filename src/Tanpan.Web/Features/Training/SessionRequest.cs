namespace Tanpan.Web.Features.Training;

/// <summary>A session as typed: place, first day, number of consecutive days, teaching hours per day and seats.</summary>
public sealed record SessionRequest(string? Place, DateOnly? FirstDate, int? Days, decimal? HoursPerDay, int? Capacity);
