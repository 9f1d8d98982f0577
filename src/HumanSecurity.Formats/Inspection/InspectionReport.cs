namespace HumanSecurity.Formats.Inspection;

/// <summary>What <c>hso inspect</c> found in a file without importing it.</summary>
public sealed class InspectionReport(string file, string format)
{
    public string File { get; } = file;

    /// <summary>One of <see cref="DataFormats.All"/>.</summary>
    public string Format { get; } = format;

    /// <summary>Data rows, observations, features or activities.</summary>
    public long Records { get; set; }

    public List<InspectionColumn> Columns { get; } = [];

    public SortedSet<string> Areas { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Periods { get; } = new(StringComparer.Ordinal);

    public ProblemList Problems { get; } = new();

    /// <summary>Readable when no error was found.</summary>
    public bool Readable => !Problems.HasErrors;

    /// <summary>Adds problems of mapping a readable file onto the model as warnings (the first 20, then a count).</summary>
    public void AddMappingProblems(ProblemList mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        foreach (var p in mapping.Items.Take(20)) Problems.Warning(p.Location, p.Message);
        if (mapping.Items.Count > 20) Problems.Warning(File, $"{mapping.Items.Count - 20} further mapping problem(s) not shown");
    }

    /// <summary>Adds the problems of a rejected read.</summary>
    public void Reject(InvalidInputException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Problems.Count == 0) Problems.Error(File, e.Message);
        Problems.AddRange(e.Problems);
    }
}
