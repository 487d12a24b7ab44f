namespace Tanpan.Web.Data.Entities;

/// <summary>An entity whose creates, updates and deletes <see cref="AppDbContext"/> records as <see cref="AuditEntry"/> rows.</summary>
public interface IAudited
{
    Guid Id { get; }
}
