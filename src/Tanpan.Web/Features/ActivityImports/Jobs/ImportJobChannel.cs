using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Tanpan.Web.Features.ActivityImports.Jobs;

/// <summary>
/// The bounded in-memory queue between the request that starts an import job and <see cref="ImportJobRunner"/>
/// (<c>Import:QueueCapacity</c>, 8 by default). Full means "try again later", never an unbounded backlog.
/// </summary>
public sealed class ImportJobChannel(IOptions<ImportOptions> options)
{
    private readonly Channel<ImportJobWork> _channel = Channel.CreateBounded<ImportJobWork>(
        new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity)) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>False when the queue is full.</summary>
    public bool TryEnqueue(ImportJobWork work) => _channel.Writer.TryWrite(work);

    internal ChannelReader<ImportJobWork> Reader => _channel.Reader;
}
