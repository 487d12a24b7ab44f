namespace Tanpan.Web.Features.Training;

/// <summary>A course as typed: its tier key (data/training/tiers.json), title and description.</summary>
public sealed record CourseRequest(string? TierKey, string? Title, string? Description);

/// <summary>A session as typed: place, first day, number of consecutive days, teaching hours per day and seats.</summary>
public sealed record SessionRequest(string? Place, DateOnly? FirstDate, int? Days, decimal? HoursPerDay, int? Capacity);

/// <summary>A registration as the public form posts it.</summary>
public sealed record RegistrationRequest(string? CompanyName, string? TaxId, string? PersonName, string? JobTitle, string? Email, string? Phone);
