using System.Collections.Concurrent;

namespace Tanpan.Documents.ActivityFiles;

/// <summary>
/// Reads a sequence on a background thread, a chunk ahead of the consumer, so parsing a file and
/// computing its rows use two cores. Order is kept; an exception in the reader reaches the consumer.
/// </summary>
public static class ReadAhead
{
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int chunkSize = 4096, int chunksAhead = 8)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var chunks = new BlockingCollection<T[]>(chunksAhead);
        using var stop = new CancellationTokenSource();
        Exception? failure = null;
        var producer = Task.Run(() =>
        {
            try
            {
                var chunk = new List<T>(chunkSize);
                foreach (var item in source)
                {
                    chunk.Add(item);
                    if (chunk.Count == chunkSize)
                    {
                        chunks.Add([.. chunk], stop.Token);
                        chunk.Clear();
                    }
                }

                if (chunk.Count > 0)
                {
                    chunks.Add([.. chunk], stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early.
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                chunks.CompleteAdding();
            }
        });

        try
        {
            foreach (var chunk in chunks.GetConsumingEnumerable())
            {
                foreach (var item in chunk)
                {
                    yield return item;
                }
            }

            if (failure is not null)
            {
                throw new InvalidOperationException("Reading the file failed.", failure);
            }
        }
        finally
        {
            stop.Cancel();
            producer.Wait();
        }
    }
}
