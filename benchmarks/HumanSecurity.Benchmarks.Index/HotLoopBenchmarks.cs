using BenchmarkDotNet.Attributes;
using HumanSecurity.Indices;
using HumanSecurity.Indices.Steps;

namespace HumanSecurity.Benchmarks.Index;

/// <summary>The per-column hot loops on 50,000 units: aggregation (arithmetic, geometric, soft max), min–max, ranking.
/// MemoryDiagnoser shows they allocate nothing per call (ranking needs its scratch buffers passed in).</summary>
[MemoryDiagnoser]
public class HotLoopBenchmarks
{
    private const int Units = 50_000;
    private IndexTree _tree = null!;
    private double[][] _scores = null!;
    private string[] _units = null!;
    private double[] _column = null!;
    private double[] _target = null!;
    private int[] _ranks = null!;
    private RankBuffer _buffer = null!;
    private int _amean, _gmean, _softmax;

    [GlobalSetup]
    public void Setup()
    {
        var model = SyntheticIndex.Model();
        _tree = IndexTree.Compile(model);
        var data = SyntheticIndex.Data(Units);
        _units = [.. data.Units];
        _scores = new double[_tree.NodeCount][];
        for (var n = 0; n < _tree.NodeCount; n++)
        {
            _scores[n] = new double[Units];
            for (var u = 0; u < Units; u++) _scores[n][u] = 1 + (u * 31 + n * 17) % 97;
        }
        _amean = _tree.Index["C00"];
        _gmean = _tree.Index["D0"];
        _softmax = _tree.Index["INDEX"];
        _column = data.Numeric["I01"];
        _target = new double[Units];
        _ranks = new int[Units];
        _buffer = new RankBuffer(Units);
    }

    [Benchmark]
    public void AggregateArithmeticMean5() => Aggregation.Aggregate(_tree, _scores, _amean, _units);

    [Benchmark]
    public void AggregateGeometricMean3() => Aggregation.Aggregate(_tree, _scores, _gmean, _units);

    [Benchmark]
    public void AggregateSoftMax4() => Aggregation.Aggregate(_tree, _scores, _softmax, _units);

    [Benchmark]
    public void NormaliseMinMax()
    {
        _column.AsSpan().CopyTo(_target);
        Normalisation.MinMax(_target, 0, 100);
    }

    [Benchmark]
    public void RankDescendingMin() => Ranking.DescendingMinRanks(_column, _ranks, _buffer);
}
