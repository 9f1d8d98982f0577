using System.Collections.Concurrent;

namespace HumanSecurity.Formats.Csv;

/// <summary>Problems found by parallel row parsers, kept aside by record until the consumer takes them in file order,
/// so that the parsed rows themselves stay plain values and the counts and order of the reported problems do not depend
/// on thread timing. A record is keyed by its exclusive end line (Sep's <c>LineNumberToExcl</c>, which is exact and
/// unique under <c>ParallelEnumerate</c>; its <c>RowIndex</c> repeats across threads, which once let two threads add to
/// one list). A worker records only the column and message; the consumer, which knows the record's true first line
/// (<see cref="Text.RecordLines"/>), builds the located problem.</summary>
internal sealed class RowProblems(string file)
{
    private readonly ConcurrentDictionary<int, List<(string? Column, string Message)>> _byRecord = new();

    /// <summary>Records a problem of one record; each record is parsed by one thread, so its list has one writer.</summary>
    public void Add(int record, string? column, string message) => _byRecord.GetOrAdd(record, static _ => []).Add((column, message));

    /// <summary>Moves the problems of a record (once) into <paramref name="problems"/>, located at <paramref name="line"/>.</summary>
    public void MoveTo(int record, int line, ProblemList problems)
    {
        if (!_byRecord.TryRemove(record, out var list)) return;
        foreach (var (column, message) in list) problems.Error(Problem.At(file, line, column), message);
    }

    /// <summary>Forgets the problems of a record that turned out not to be data (a header record).</summary>
    public void Discard(int record) => _byRecord.TryRemove(record, out _);
}
