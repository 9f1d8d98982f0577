namespace HumanSecurity.Poverty;

/// <summary>Dense cell ids: each row belongs to one cell = (PSU when SEs are wanted) × round × every subgroup code.
/// Every domain (round × group of one subgroup variable) is then a union of cells.</summary>
internal sealed class CellIndex : ICellKeys
{
    private const long DirectLimit = 16_000_000;

    private CellIndex(int[] rowCell, int count, int[] psu, int[] round, int[][] group)
    {
        RowCell = rowCell;
        Count = count;
        Psu = psu;
        Round = round;
        Group = group;
    }

    public int[] RowCell { get; }

    public int Count { get; }

    /// <summary>PSU of each cell (−1 for point-estimate cells).</summary>
    public int[] Psu { get; }

    public int[] Round { get; }

    /// <summary>Group code of each cell for each subgroup variable: <c>Group[v][cell]</c>.</summary>
    public int[][] Group { get; }

    public static CellIndex Build(SurveySample s, bool byPsu)
    {
        var rounds = s.RoundLabels.Length;
        long comboSpace = rounds;
        foreach (var o in s.Over) comboSpace *= o.Labels.Length;
        var keySpace = byPsu ? comboSpace * s.PsuCount : comboSpace;
        var over = s.Over.Select(o => (o, o.Labels.Length)).ToArray();
        long Key(int i)
        {
            long combo = s.Round.Length == 0 ? 0 : s.Round[i];
            foreach (var (variable, count) in over) combo = combo * count + variable.Code(i);
            return byPsu ? s.Psu[i] * comboSpace + combo : combo;
        }
        var (rowCell, distinct) = byPsu ? DenseByPsu(s, Key)
            : keySpace <= DirectLimit ? DenseDirect(s.Count, Key, (int)keySpace) : DenseHashed(s.Count, Key);
        return Decode(s, byPsu, comboSpace, rowCell, distinct);
    }

    /// <summary>PSU cells: most PSUs lie in one subgroup combination, so each PSU remembers its first cell and only rows
    /// of other combinations go through a dictionary (memory O(#PSU), not O(#PSU × #combinations)).</summary>
    private static (int[] RowCell, long[] Distinct) DenseByPsu(SurveySample s, Func<int, long> key)
    {
        var firstKey = new long[s.PsuCount];
        var firstCell = new int[s.PsuCount];
        Array.Fill(firstKey, -1);
        var others = new Dictionary<long, int>();
        var distinct = new List<long>();
        var rowCell = new int[s.Count];
        for (var i = 0; i < s.Count; i++)
        {
            var k = key(i);
            var p = s.Psu[i];
            if (firstKey[p] == k) { rowCell[i] = firstCell[p]; continue; }
            if (firstKey[p] < 0)
            {
                firstKey[p] = k;
                firstCell[p] = distinct.Count;
                rowCell[i] = distinct.Count;
                distinct.Add(k);
                continue;
            }
            if (!others.TryGetValue(k, out var c)) { c = distinct.Count; others.Add(k, c); distinct.Add(k); }
            rowCell[i] = c;
        }
        return (rowCell, [.. distinct]);
    }

    private static (int[] RowCell, long[] Distinct) DenseDirect(int rows, Func<int, long> key, int space)
    {
        var map = new int[space];
        Array.Fill(map, -1);
        var distinct = new List<long>();
        var rowCell = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            var k = (int)key(i);
            var c = map[k];
            if (c < 0) { c = distinct.Count; map[k] = c; distinct.Add(k); }
            rowCell[i] = c;
        }
        return (rowCell, [.. distinct]);
    }

    private static (int[] RowCell, long[] Distinct) DenseHashed(int rows, Func<int, long> key)
    {
        var map = new Dictionary<long, int>();
        var distinct = new List<long>();
        var rowCell = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            var k = key(i);
            if (!map.TryGetValue(k, out var c)) { c = distinct.Count; map.Add(k, c); distinct.Add(k); }
            rowCell[i] = c;
        }
        return (rowCell, [.. distinct]);
    }

    private static CellIndex Decode(SurveySample s, bool byPsu, long comboSpace, int[] rowCell, long[] distinct)
    {
        var n = distinct.Length;
        var psu = new int[n];
        var round = new int[n];
        var group = s.Over.Select(_ => new int[n]).ToArray();
        for (var c = 0; c < n; c++)
        {
            var key = distinct[c];
            psu[c] = byPsu ? (int)(key / comboSpace) : -1;
            var combo = key % comboSpace;
            for (var v = s.Over.Count - 1; v >= 0; v--)
            {
                var g = s.Over[v].Labels.Length;
                group[v][c] = (int)(combo % g);
                combo /= g;
            }
            round[c] = (int)combo;
        }
        return new CellIndex(rowCell, n, psu, round, group);
    }
}
