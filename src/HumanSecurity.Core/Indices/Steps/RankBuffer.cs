namespace HumanSecurity.Indices.Steps;

/// <summary>Reusable scratch space for <see cref="Ranking.DescendingMinRanks"/> (radix sort keys and indexes), so that ranking
/// a column allocates nothing. Not thread-safe: use one per thread.</summary>
public sealed class RankBuffer
{
    [ThreadStatic]
    private static RankBuffer? _current;

    public RankBuffer(int capacity)
    {
        KeysA = new ulong[capacity];
        KeysB = new ulong[capacity];
        IndexA = new int[capacity];
        IndexB = new int[capacity];
    }

    internal ulong[] KeysA { get; private set; }

    internal ulong[] KeysB { get; private set; }

    internal int[] IndexA { get; private set; }

    internal int[] IndexB { get; private set; }

    internal int[] Counts { get; } = new int[1 << Ranking.RadixBits];

    /// <summary>This thread's scratch buffer (grown as needed), for steps that rank a column without a buffer passed in.</summary>
    internal static RankBuffer ForCurrentThread(int length)
    {
        var buffer = _current ??= new RankBuffer(length);
        buffer.Ensure(length);
        return buffer;
    }

    internal void Ensure(int length)
    {
        if (KeysA.Length >= length) return;
        KeysA = new ulong[length];
        KeysB = new ulong[length];
        IndexA = new int[length];
        IndexB = new int[length];
    }
}
