namespace HumanSecurity.Observations;

/// <summary>SDMX observation status codes we keep: <c>A</c> normal, <c>E</c> estimated, <c>F</c> forecast,
/// <c>P</c> provisional, <c>I</c> imputed, <c>M</c> missing.</summary>
public static class ObservationStatus
{
    public const string Normal = "A";
    public const string Estimated = "E";
    public const string Forecast = "F";
    public const string Provisional = "P";
    public const string Imputed = "I";
    public const string Missing = "M";
}
