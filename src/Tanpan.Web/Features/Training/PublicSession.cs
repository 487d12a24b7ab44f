namespace Tanpan.Web.Features.Training;

/// <summary>What the public registration page shows of a session: the agency, course, tier, place, days and seats left.</summary>
public sealed record PublicSession(
    Guid OrganisationId,
    Guid SessionId,
    string AgencyName,
    string CourseTitle,
    TrainingTier Tier,
    string Place,
    IReadOnlyList<(int Day, DateOnly Date, decimal Hours)> Days,
    int SeatsLeft,
    bool Open);
