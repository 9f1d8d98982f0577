namespace HumanSecurity.Indices.Steps;

/// <summary>Ranks of a column (NaN stays unranked).</summary>
public static class Ranking
{
    internal const int RadixBits = 11;

    /// <summary>Below this many values a comparison sort beats clearing the radix histograms.</summary>
    private const int SmallSort = 4096;

    private static (ulong[] Keys, int[] Index) ComparisonSort(RankBuffer buffer, int n)
    {
        buffer.KeysA.AsSpan(0, n).Sort(buffer.IndexA.AsSpan(0, n));
        return (buffer.KeysA, buffer.IndexA);
    }

    /// <summary>Competition ranks, 1 = highest, ties take the minimum rank (R <c>rank(-x, ties.method = "min")</c>); 0 = missing.
    /// Sorts with an LSD radix sort on order-preserving 64-bit keys (linear time, no allocation).</summary>
    public static void DescendingMinRanks(ReadOnlySpan<double> x, Span<int> ranks, RankBuffer buffer)
    {
        var (n, sortedKeys, sortedIndex) = Sort(x, buffer, descending: true);
        ranks[..x.Length].Clear();
        for (var k = 0; k < n; k++)
            ranks[sortedIndex[k]] = k > 0 && sortedKeys[k] == sortedKeys[k - 1] ? ranks[sortedIndex[k - 1]] : k + 1;
    }

    /// <summary>Competition ranks, 1 = lowest, ties take the minimum rank: R <c>rank(x, ties.method = "min", na.last = "keep")</c>,
    /// which COINr's <c>n_rank</c>, <c>n_prank</c> and <c>n_borda</c> use. NaN stays NaN. Source and target may be the same span.</summary>
    public static void AscendingMinRanks(ReadOnlySpan<double> x, Span<double> target, RankBuffer buffer)
    {
        var (n, sortedKeys, sortedIndex) = Sort(x, buffer, descending: false);
        for (var i = 0; i < x.Length; i++)
            if (double.IsNaN(x[i])) target[i] = double.NaN;
        for (var k = 0; k < n; k++)
            target[sortedIndex[k]] = k > 0 && sortedKeys[k] == sortedKeys[k - 1] ? target[sortedIndex[k - 1]] : k + 1;
    }

    /// <summary>The non-missing values' order-preserving keys and positions, sorted (keys copied before any target is written).</summary>
    private static (int N, ulong[] Keys, int[] Index) Sort(ReadOnlySpan<double> x, RankBuffer buffer, bool descending)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        buffer.Ensure(x.Length);
        var n = 0;
        var keys = buffer.KeysA;
        var index = buffer.IndexA;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i])) continue;
            keys[n] = descending ? DescendingKey(x[i]) : ~DescendingKey(x[i]);
            index[n++] = i;
        }
        var (sortedKeys, sortedIndex) = n < SmallSort ? ComparisonSort(buffer, n) : RadixSort(buffer, n);
        return (n, sortedKeys, sortedIndex);
    }

    /// <summary>A key whose unsigned ascending order is the descending order of the doubles (−0 and +0 equal).</summary>
    private static ulong DescendingKey(double v)
    {
        if (v == 0) v = 0;
        var bits = (ulong)BitConverter.DoubleToInt64Bits(v);
        var ascending = (bits & 0x8000_0000_0000_0000UL) == 0 ? bits ^ 0x8000_0000_0000_0000UL : ~bits;
        return ~ascending;
    }

    // Hot loop: stable LSD radix sort in 11-bit digits, skipping digits that are the same for every key.
    private static (ulong[] Keys, int[] Index) RadixSort(RankBuffer buffer, int n)
    {
        ulong[] keys = buffer.KeysA, keysOut = buffer.KeysB;
        int[] index = buffer.IndexA, indexOut = buffer.IndexB;
        var counts = buffer.Counts;
        const int Mask = (1 << RadixBits) - 1;
        for (var shift = 0; shift < 64; shift += RadixBits)
        {
            Array.Clear(counts);
            for (var k = 0; k < n; k++) counts[(int)(keys[k] >> shift) & Mask]++;
            if (n == 0 || counts[(int)(keys[0] >> shift) & Mask] == n) continue;
            var sum = 0;
            for (var d = 0; d < counts.Length; d++) (counts[d], sum) = (sum, sum + counts[d]);
            for (var k = 0; k < n; k++)
            {
                var pos = counts[(int)(keys[k] >> shift) & Mask]++;
                keysOut[pos] = keys[k];
                indexOut[pos] = index[k];
            }
            (keys, keysOut) = (keysOut, keys);
            (index, indexOut) = (indexOut, index);
        }
        return (keys, index);
    }
}
