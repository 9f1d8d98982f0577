using System.Globalization;

namespace HumanSecurity;

/// <summary>Collects <see cref="Problem"/>s while validating, capped so a hopeless file does not exhaust memory.</summary>
public sealed class ProblemList
{
    private readonly List<Problem> _problems = [];

    public ProblemList(int maxErrors = 1000) => MaxErrors = maxErrors;

    /// <summary>After this many errors further errors are counted but not kept.</summary>
    public int MaxErrors { get; }

    public int ErrorCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    public IReadOnlyList<Problem> Items => _problems;

    public void Error(string location, string message)
    {
        ErrorCount++;
        if (ErrorCount <= MaxErrors) _problems.Add(Problem.Error(location, message));
    }

    public void Warning(string location, string message)
    {
        if (_problems.Count < MaxErrors * 2) _problems.Add(Problem.Warning(location, message));
    }

    public void Add(Problem problem)
    {
        if (problem.Severity == ProblemSeverity.Error) Error(problem.Location, problem.Message);
        else Warning(problem.Location, problem.Message);
    }

    public void AddRange(IEnumerable<Problem> problems)
    {
        foreach (var p in problems) Add(p);
    }

    /// <summary>Throws <see cref="InvalidInputException"/> with every kept problem when any error was recorded.</summary>
    public void ThrowIfErrors()
    {
        if (!HasErrors) return;
        var list = new List<Problem>(_problems);
        if (ErrorCount > MaxErrors)
            list.Add(Problem.Error("", string.Create(CultureInfo.InvariantCulture, $"and {ErrorCount - MaxErrors:N0} more error(s) not shown ({ErrorCount:N0} in all)")));
        throw new InvalidInputException(list);
    }
}
