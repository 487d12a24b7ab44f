namespace Tanpan.Web.Data.Entities;

/// <summary>
/// One run of a course: where, how many seats, and whether the public registration link still registers. Its days are
/// <see cref="TrainingSessionDay"/> rows. <see cref="SeatsTaken"/> counts confirmed registrations; it is only ever
/// changed by one conditional UPDATE (<c>SeatsTaken &lt; Capacity</c>), so concurrent registrations cannot overbook.
/// </summary>
public sealed class TrainingSession : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid CourseId { get; set; }

    public required string Place { get; set; }

    /// <summary>Seats for confirmed registrations; later ones go on the wait list.</summary>
    public int Capacity { get; set; }

    /// <summary>Confirmed registrations (bookkeeping kept by the registration code; not audited).</summary>
    public int SeatsTaken { get; set; }

    /// <summary>False once staff close registration: links already handed out then register nobody.</summary>
    public bool RegistrationOpen { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}
