namespace HumanSecurity.Tables;

/// <summary>A named column of a <see cref="ColumnTable"/>: numbers (<see cref="NumericColumn"/>, NaN = missing) or
/// text (<see cref="TextColumn"/>, null = missing).</summary>
public abstract class Column(string name)
{
    public string Name { get; } = name;

    public abstract int Length { get; }

    public abstract bool IsMissing(int row);
}

/// <summary>A column of doubles; <see cref="double.NaN"/> marks a missing value.</summary>
public sealed class NumericColumn(string name, double[] values) : Column(name)
{
    public double[] Values { get; } = values;

    public override int Length => Values.Length;

    public override bool IsMissing(int row) => double.IsNaN(Values[row]);
}

/// <summary>A column of strings; null marks a missing value.</summary>
public sealed class TextColumn(string name, string?[] values) : Column(name)
{
    public string?[] Values { get; } = values;

    public override int Length => Values.Length;

    public override bool IsMissing(int row) => Values[row] is null;
}
