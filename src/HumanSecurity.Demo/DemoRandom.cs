using HumanSecurity.Indices;

namespace HumanSecurity.Demo;

/// <summary>Seeded draws for the demo generator on Core's <see cref="Xoshiro256"/> (platform-independent), so that the demo data
/// is the same bytes for the same seed on every machine and .NET version.</summary>
internal sealed class DemoRandom
{
    private readonly Xoshiro256 _generator;
    private double? _spareNormal;

    public DemoRandom(ulong seed) => _generator = new Xoshiro256(unchecked((long)seed));

    /// <summary>An independent stream derived from this seed and a label, so that adding draws in one part of the
    /// generator does not shift every later part.</summary>
    public static DemoRandom Derive(int seed, string label)
    {
        var h = 14695981039346656037UL;
        foreach (var c in label) h = (h ^ c) * 1099511628211UL;
        return new DemoRandom(unchecked((ulong)seed * 0x9E3779B97F4A7C15UL) ^ h);
    }

    public ulong NextUInt64() => _generator.Next();

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public double Uniform(double min, double max) => min + (max - min) * NextDouble();

    /// <summary>Uniform integer in [min, max).</summary>
    public int Next(int min, int max) => min + (int)(NextDouble() * (max - min));

    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Standard normal draw (Marsaglia polar method).</summary>
    public double Normal()
    {
        if (_spareNormal is { } spare)
        {
            _spareNormal = null;
            return spare;
        }
        double u, v, s;
        do
        {
            u = 2 * NextDouble() - 1;
            v = 2 * NextDouble() - 1;
            s = u * u + v * v;
        }
        while (s >= 1 || s == 0);
        var f = Math.Sqrt(-2 * Math.Log(s) / s);
        _spareNormal = v * f;
        return u * f;
    }

    /// <summary>Poisson draw (Knuth for small means, rounded normal approximation above 50).</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0) return 0;
        if (mean > 50) return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * Normal()));
        var l = Math.Exp(-mean);
        var k = 0;
        var p = 1.0;
        do
        {
            k++;
            p *= NextDouble();
        }
        while (p > l);
        return k - 1;
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(0, items.Count)];

}
