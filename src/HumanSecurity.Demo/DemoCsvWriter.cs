using nietras.SeparatedValues;

namespace HumanSecurity.Demo;

/// <summary>Writes a demo CSV with Sep: a fixed header, text cells (callers format numbers invariantly).</summary>
internal sealed class DemoCsvWriter : IDisposable
{
    private readonly SepWriter _writer;
    private readonly string[] _columns;

    public DemoCsvWriter(string path, params string[] columns)
    {
        _writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(path);
        _writer.Header.Add(columns);
        _columns = columns;
    }

    public long Rows { get; private set; }

    public void Write(params ReadOnlySpan<string> values)
    {
        if (values.Length != _columns.Length) throw new ArgumentException($"Expected {_columns.Length} values, got {values.Length}.", nameof(values));
        using var row = _writer.NewRow();
        for (var i = 0; i < values.Length; i++) row[_columns[i]].Set(values[i]);
        Rows++;
    }

    public void Dispose() => _writer.Dispose();
}
