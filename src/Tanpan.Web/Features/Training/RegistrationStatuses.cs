namespace Tanpan.Web.Features.Training;

/// <summary>What a registration holds: a seat, a place on the wait list (in order of arrival), or nothing any more.</summary>
public static class RegistrationStatuses
{
    public const string Confirmed = "confirmed";

    public const string Waitlisted = "waitlisted";

    public const string Cancelled = "cancelled";
}
