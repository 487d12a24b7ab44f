using Tanpan.Documents.ActivityFiles;

namespace Tanpan.Documents.Tests.ActivityFiles;

public class ReadAheadTests
{
    [Fact]
    public void Of_ManyChunks_KeepsOrderAndCount()
    {
        var items = ReadAhead.Of(Enumerable.Range(0, 100_003), chunkSize: 1000).ToList();
        items.ShouldBe(Enumerable.Range(0, 100_003));
    }

    [Fact]
    public void Of_Empty_IsEmpty() => ReadAhead.Of(Enumerable.Empty<int>()).ShouldBeEmpty();

    [Fact]
    public void Of_ReaderThrows_ConsumerSeesTheErrorAfterEarlierItems()
    {
        static IEnumerable<int> Failing()
        {
            yield return 1;
            yield return 2;
            throw new IOException("disk gone");
        }

        var seen = new List<int>();
        var e = Should.Throw<InvalidOperationException>(() =>
        {
            foreach (var i in ReadAhead.Of(Failing(), chunkSize: 1))
            {
                seen.Add(i);
            }
        });
        e.InnerException.ShouldBeOfType<IOException>().Message.ShouldBe("disk gone");
        seen.ShouldBe([1, 2]);
    }

    [Fact]
    public void Of_ConsumerStopsEarly_ReaderStopsAndSourceIsDisposed()
    {
        var source = new CountingSource();
        ReadAhead.Of(source, chunkSize: 10, chunksAhead: 2).Take(5).ToList().ShouldBe([0, 1, 2, 3, 4]);
        source.Disposed.ShouldBeTrue();
        source.Produced.ShouldBeLessThan(1_000_000);
    }

    private sealed class CountingSource : IEnumerable<int>
    {
        public bool Disposed { get; private set; }

        public int Produced { get; private set; }

        public IEnumerator<int> GetEnumerator()
        {
            try
            {
                for (var i = 0; i < 1_000_000; i++)
                {
                    Produced++;
                    yield return i;
                }
            }
            finally
            {
                Disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
