using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Csv;

/// <summary>One parsed observation row: codes resolved to ids of the known-code indexes, disaggregation and status
/// codes interned. <see cref="Errors"/> is non-null when the row (or a cell of it) was rejected.</summary>
internal struct ParsedObservation
{
    public int Line;
    public int Indicator;
    public int Area;
    public Period Period;
    public string Sex;
    public string Age;
    public string Group;
    public string Disability;
    public string Urbanisation;
    public double Value;
    public string? Status;
    public string? Source;
    public List<Problem>? Errors;

    public void Error(string location, string message) => (Errors ??= []).Add(Problem.Error(location, message));
}
