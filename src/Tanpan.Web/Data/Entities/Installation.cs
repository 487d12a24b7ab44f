namespace Tanpan.Web.Data.Entities;

/// <summary>
/// The one row that says first-run setup is done. Its key is always <see cref="TheOne"/>, so when two
/// setups race, the database lets only one of them insert it (and its administrator) and refuses the other.
/// </summary>
public sealed class Installation
{
    public const int TheOne = 1;

    public int Id { get; set; }

    public DateTimeOffset SetUpAt { get; set; }

    /// <summary>The first administrator. A plain id, not a foreign key: history outlives accounts.</summary>
    public Guid AdministratorId { get; set; }
}
