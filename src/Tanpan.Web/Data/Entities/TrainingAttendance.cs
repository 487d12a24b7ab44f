namespace Tanpan.Web.Data.Entities;

/// <summary>Whether a registered person attended day <see cref="Day"/> of the session, as course staff recorded it.</summary>
public sealed class TrainingAttendance : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid RegistrationId { get; set; }

    public int Day { get; set; }

    public bool Present { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
