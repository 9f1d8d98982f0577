using HumanSecurity.Poverty;
using HumanSecurity.Storage;

namespace HumanSecurity.Benchmarks.ClickHouse;

/// <summary>One store under test and what was measured on it.</summary>
internal sealed class Target(string name, Func<Task<IStore>> open)
{
    public string Name => name;

    public Func<Task<IStore>> Open => open;

    public IStore? Store { get; set; }

    public long DatasetId { get; set; }

    public double LoadSeconds { get; set; }

    public List<double> MpiSeconds { get; } = [];

    public List<double> AggregateSeconds { get; } = [];

    public bool InStore { get; set; }

    public string? Declined { get; set; }

    public int Cells { get; set; }

    public PovertyResult? Result { get; set; }

    public static double Median(IEnumerable<double> values)
    {
        var a = values.Order().ToArray();
        return a.Length == 0 ? double.NaN : a[a.Length / 2];
    }
}
