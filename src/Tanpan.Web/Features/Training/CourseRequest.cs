namespace Tanpan.Web.Features.Training;

/// <summary>A course as typed: its tier key (data/training/tiers.json), title and description.</summary>
public sealed record CourseRequest(string? TierKey, string? Title, string? Description);
