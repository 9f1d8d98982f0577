using System.Globalization;

namespace HumanSecurity;

/// <summary>How serious a <see cref="Problem"/> is: errors stop an import, warnings do not.</summary>
public enum ProblemSeverity
{
    Warning,
    Error,
}

/// <summary>One located finding about input: where it is (file, row, column or key) and what was expected.</summary>
/// <param name="Severity">Error (input rejected) or warning (input accepted, user told).</param>
/// <param name="Location">Where, e.g. <c>obs.csv:12:value</c> (file, 1-based line, column name) or <c>model.yaml:7:indicators[0].weight</c> (file, line, key path).</param>
/// <param name="Message">What was found and what was expected.</param>
/// <remarks>Location and message are made safe to echo (<see cref="SafeText.Bound"/>): control characters escaped,
/// long text cut, whatever the input held.</remarks>
public sealed record Problem(ProblemSeverity Severity, string Location, string Message)
{
    /// <summary>Where, made safe to echo.</summary>
    public string Location { get; init; } = SafeText.Bound(Location, 500);

    /// <summary>What was found and expected, made safe to echo.</summary>
    public string Message { get; init; } = SafeText.Bound(Message);

    public static Problem Error(string location, string message) => new(ProblemSeverity.Error, location, message);

    public static Problem Warning(string location, string message) => new(ProblemSeverity.Warning, location, message);

    /// <summary>Location for a cell: <c>file:line:column</c>; line is the 1-based physical line number.</summary>
    public static string At(string file, int line, string? column = null) =>
        column is null
            ? string.Create(CultureInfo.InvariantCulture, $"{file}:{line}")
            : string.Create(CultureInfo.InvariantCulture, $"{file}:{line}:{column}");

    public override string ToString() =>
        $"{(Severity == ProblemSeverity.Error ? "error" : "warning")}: {(Location.Length > 0 ? Location + ": " : "")}{Message}";
}
