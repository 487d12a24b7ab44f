using System.Diagnostics;

namespace Tanpan.Documents.Tests.ActivityFiles.Hostile;

/// <summary>
/// Measures what the code run between <see cref="Start"/> and <see cref="Stop"/> costs the process: the peak of the
/// managed heap above its size at the start (sampled every millisecond on a thread of its own, after a full
/// collection), the bytes allocated in all (<see cref="GC.GetTotalAllocatedBytes"/>), and the time. A reader that
/// builds a 7 GB list or a 1 GB string table shows it in both figures; one that streams within its budget does not.
/// </summary>
internal sealed class PeakMemory
{
    private readonly Stopwatch _watch = new();
    private long _baseline;
    private long _allocatedBefore;
    private long _peak;
    private volatile bool _stop;
    private Thread? _sampler;

    public long PeakBytes { get; private set; }

    public long AllocatedBytes { get; private set; }

    public TimeSpan Elapsed => _watch.Elapsed;

    public static PeakMemory Start()
    {
        var probe = new PeakMemory();
        // One full, blocking collection and the finalizers it queued: each further full collection costs up to a second
        // on the large heap a whole test run leaves, and the garbage finalizers free is small next to any figure checked.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        probe._baseline = GC.GetTotalMemory(forceFullCollection: false);
        probe._peak = probe._baseline;
        probe._allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        probe._sampler = new Thread(probe.Sample) { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        probe._sampler.Start();
        probe._watch.Start();
        return probe;
    }

    public PeakMemory Stop()
    {
        _watch.Stop();
        Observe();
        _stop = true;
        _sampler!.Join();
        PeakBytes = Math.Max(0, _peak - _baseline);
        AllocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - _allocatedBefore;
        return this;
    }

    public override string ToString() =>
        $"{Elapsed.TotalMilliseconds:N0} ms, peak +{PeakBytes / 1048576.0:N1} MB, allocated {AllocatedBytes / 1048576.0:N1} MB";

    private void Sample()
    {
        while (!_stop)
        {
            Observe();
            Thread.Sleep(1);
        }
    }

    private void Observe()
    {
        var now = GC.GetTotalMemory(forceFullCollection: false);
        if (now > Interlocked.Read(ref _peak))
        {
            Interlocked.Exchange(ref _peak, now);
        }
    }
}
