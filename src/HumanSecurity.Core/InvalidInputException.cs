namespace HumanSecurity;

/// <summary>Input (a file, a model, a request) was rejected; <see cref="Problems"/> locates every error found.</summary>
public sealed class InvalidInputException : HumanSecurityException
{
    public InvalidInputException(IReadOnlyList<Problem> problems)
        : base(Summarise(problems)) => Problems = problems;

    public InvalidInputException(Problem problem) : this([problem]) { }

    public InvalidInputException(string location, string message) : this(Problem.Error(location, message)) { }

    public InvalidInputException() : this([]) { }

    public InvalidInputException(string message) : this(Problem.Error("", message)) { }

    public InvalidInputException(string message, Exception inner) : base(message, inner) => Problems = [Problem.Error("", message)];

    /// <summary>Every problem found, errors and warnings, in the order found.</summary>
    public IReadOnlyList<Problem> Problems { get; } = [];

    private static string Summarise(IReadOnlyList<Problem> problems)
    {
        var errors = problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        if (errors.Count == 0) return "Invalid input.";
        var head = string.Join(Environment.NewLine, errors.Take(20).Select(p => p.ToString()));
        return errors.Count > 20 ? $"{head}{Environment.NewLine}... and {errors.Count - 20} more error(s)" : head;
    }
}
