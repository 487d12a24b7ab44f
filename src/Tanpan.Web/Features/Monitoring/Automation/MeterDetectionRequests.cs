using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Tanpan.Web.Features.Meters.Ingest;

namespace Tanpan.Web.Features.Monitoring.Automation;

/// <summary>A meter of an organisation waiting for detection.</summary>
public readonly record struct DetectionRequest(Guid OrganisationId, Guid MeterId);

/// <summary>
/// The queue between the ingest (which asks for detection of the meters a committed batch touched) and
/// <see cref="MeterDetectionRunner"/>. Requests for a meter already waiting are folded into the waiting one, so a gateway
/// pushing every minute queues a meter once; the runner spaces runs of a meter by
/// <see cref="MonitoringOptions.DetectionDebounceSeconds"/>. Asking never waits: when
/// <see cref="MonitoringOptions.DetectionQueueCapacity"/> meters are already waiting, the request is dropped (the
/// meter's next batch asks again) and false is returned.
/// </summary>
public sealed class MeterDetectionRequests(IOptions<MonitoringOptions> options) : IReadingsCommitted
{
    private readonly Channel<DetectionRequest> _channel = Channel.CreateUnbounded<DetectionRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, byte> _waiting = new();
    private readonly int _capacity = Math.Max(1, options.Value.DetectionQueueCapacity);

    /// <summary>
    /// For tests: awaited by the runner before each run (a gate that holds detection back), null in production.
    /// </summary>
    public Func<DetectionRequest, CancellationToken, Task>? BeforeRun { get; set; }

    /// <summary>Meters waiting (queued, not yet started).</summary>
    public int Waiting => _waiting.Count;

    /// <summary>Queues detection of the meters; false when any was dropped because the queue was full.</summary>
    public bool Request(Guid organisationId, IEnumerable<Guid> meterIds)
    {
        ArgumentNullException.ThrowIfNull(meterIds);
        var all = true;
        foreach (var meterId in meterIds)
        {
            if (_waiting.ContainsKey(meterId))
            {
                continue; // folded into the waiting request
            }

            if (_waiting.Count >= _capacity || !_waiting.TryAdd(meterId, 0))
            {
                all &= _waiting.ContainsKey(meterId);
                continue;
            }

            _channel.Writer.TryWrite(new DetectionRequest(organisationId, meterId));
        }

        return all;
    }

    internal ChannelReader<DetectionRequest> Reader => _channel.Reader;

    /// <summary>Called by the runner when a meter's run starts: a request from now on queues a new run.</summary>
    internal void Started(Guid meterId) => _waiting.TryRemove(meterId, out _);
}
