namespace Tanpan.Web.Data.Entities;

/// <summary>Queued → Running → Succeeded or Failed (stored as text).</summary>
public enum ImportJobState
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
