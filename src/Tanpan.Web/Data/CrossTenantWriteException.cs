namespace Tanpan.Web.Data;

/// <summary>Thrown by <see cref="AppDbContext"/> when a save would write a row of an organisation other than the current one.</summary>
public sealed class CrossTenantWriteException : InvalidOperationException
{
    public CrossTenantWriteException()
    {
    }

    public CrossTenantWriteException(string message)
        : base(message)
    {
    }

    public CrossTenantWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
