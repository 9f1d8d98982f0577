using System.Collections.Concurrent;

namespace HumanSecurity.Formats.Csv;

/// <summary>Problems found by parallel row parsers, kept aside by record until the consumer takes them in file order,
/// so that the parsed rows themselves stay plain values. Each record is parsed by one thread.</summary>
internal sealed class RowProblems
{
    private readonly ConcurrentDictionary<int, List<Problem>> _byRow = new();

    public void Add(int row, string location, string message) => _byRow.GetOrAdd(row, _ => []).Add(Problem.Error(location, message));

    /// <summary>The problems of a record (once); empty when it had none or they were taken.</summary>
    public IReadOnlyList<Problem> Take(int row) => _byRow.TryRemove(row, out var problems) ? problems : [];
}
