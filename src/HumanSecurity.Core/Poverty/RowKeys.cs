using HumanSecurity.Tables;

namespace HumanSecurity.Poverty;

/// <summary>Integer keys 0..Space−1 of a design column without a per-row array when the column holds small integers
/// (key = value − min); otherwise dense category codes.</summary>
internal sealed class RowKeys
{
    private readonly double[]? _values;
    private readonly long _offset;
    private readonly int[]? _codes;

    private RowKeys(double[]? values, long offset, int[]? codes, long space)
    {
        _values = values;
        _offset = offset;
        _codes = codes;
        Space = space;
    }

    /// <summary>Keys are in [0, Space).</summary>
    public long Space { get; }

    public long this[int row] => _values is not null ? (long)_values[row] - _offset : _codes![row];

    /// <summary>The column has no missing value (checked by the caller).</summary>
    public static RowKeys From(Column column)
    {
        if (column is NumericColumn num && SmallIntegers(num.Values, out var min, out var max))
            return new RowKeys(num.Values, min, null, max - min + 1);
        var codes = CategoryCodes.Encode(column);
        return new RowKeys(null, 0, codes.Codes, codes.Count);
    }

    private static bool SmallIntegers(double[] v, out long min, out long max)
    {
        min = long.MaxValue;
        max = long.MinValue;
        foreach (var x in v)
        {
            if (x != Math.Floor(x) || Math.Abs(x) > 1e15) return false;
            var k = (long)x;
            if (k < min) min = k;
            if (k > max) max = k;
        }
        return v.Length > 0 && max - min < 100_000_000;
    }
}
