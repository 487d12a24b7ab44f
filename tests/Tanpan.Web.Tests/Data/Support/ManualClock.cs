namespace Tanpan.Web.Tests.Data.Support;

/// <summary>A clock that stands still until told.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
