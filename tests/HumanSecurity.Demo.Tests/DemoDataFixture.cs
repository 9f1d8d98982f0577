using HumanSecurity.Testing;
using nietras.SeparatedValues;

namespace HumanSecurity.Demo.Tests;

/// <summary>Generates the default demo data set once for the tests of a class.</summary>
public sealed class DemoDataFixture : IDisposable
{
    private readonly TempDirectory _dir = new();

    public DemoDataFixture() => Summary = DemoDataGenerator.Generate(_dir.Path);

    public DemoDataSummary Summary { get; }

    public string PathOf(string file) => Path.Combine(_dir.Path, file);

    /// <summary>Reads a demo CSV as dictionaries (column name to text).</summary>
    public List<Dictionary<string, string>> Read(string file)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(PathOf(file));
        var names = reader.Header.ColNames;
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var d = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++) d[names[i]] = row[i].ToString();
            rows.Add(d);
        }
        return rows;
    }

    public void Dispose() => _dir.Dispose();
}
