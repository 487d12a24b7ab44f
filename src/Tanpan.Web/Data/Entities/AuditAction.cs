namespace Tanpan.Web.Data.Entities;

public enum AuditAction
{
    Create,
    Update,
    Delete,
}
