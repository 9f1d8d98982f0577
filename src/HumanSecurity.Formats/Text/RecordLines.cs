namespace HumanSecurity.Formats.Text;

/// <summary>The true first line of each record of a file read with Sep's <c>ParallelEnumerate</c>, derived in file order
/// from each record's end: a record starts on the line where the previous one ended. Sep 0.17/0.18 report a stale
/// <c>LineNumberFrom</c> for some records under <c>ParallelEnumerate</c> (the last record of each parallel batch, and so
/// often the last row of a file, came out as line 2), and a <c>RowIndex</c> that repeats across threads, while
/// <c>LineNumberToExcl</c> is exact. So workers keep the end line and the consumer asks this for the start.</summary>
internal struct RecordLines(int firstLine)
{
    private int _next = firstLine;

    /// <summary>The first line of the next record, which ends before <paramref name="endExclusive"/>.</summary>
    public int Next(int endExclusive)
    {
        var start = _next;
        _next = endExclusive;
        return start;
    }
}
