namespace Tanpan.Web.Data.Entities;

/// <summary>Day <see cref="Day"/> (1, 2, 3 …) of a session: its date and teaching hours (e.g. the three days of a 種子班).</summary>
public sealed class TrainingSessionDay : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid SessionId { get; set; }

    public int Day { get; set; }

    public DateOnly Date { get; set; }

    public decimal Hours { get; set; }
}
