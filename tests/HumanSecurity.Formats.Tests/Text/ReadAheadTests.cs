using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Tests.Text;

public sealed class ReadAheadTests
{
    private static IEnumerable<int> Numbers(int count, int failAt = -1)
    {
        for (var i = 0; i < count; i++)
        {
            if (i == failAt) throw new InvalidInputException("f.csv", $"bad row {i}");
            yield return i;
        }
    }

    [Fact]
    public void Of_ManyBatches_SameItemsInOrder() =>
        Assert.Equal(Enumerable.Range(0, 100_003), ReadAhead.Of(Numbers(100_003), batchSize: 1000, batchesAhead: 2));

    [Fact]
    public void Of_SourceThrows_ItemsBeforeThenSameException()
    {
        var seen = new List<int>();
        var e = Assert.Throws<InvalidInputException>(() =>
        {
            foreach (var i in ReadAhead.Of(Numbers(50_000, failAt: 12_345), batchSize: 100)) seen.Add(i);
        });
        Assert.Contains("bad row 12345", e.Message, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(0, 12_345), seen);
    }

    [Fact]
    public void Of_ConsumerStopsEarly_SourceDisposedBeforeReturn()
    {
        var source = new TrackedSource();
        Assert.Equal([0, 1, 2], ReadAhead.Of(source, batchSize: 10, batchesAhead: 1).Take(3));
        Assert.True(source.Disposed);
    }

    private sealed class TrackedSource : IEnumerable<int>
    {
        public bool Disposed { get; private set; }

        public IEnumerator<int> GetEnumerator()
        {
            try
            {
                for (var i = 0; ; i++) yield return i;
            }
            finally
            {
                Disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
