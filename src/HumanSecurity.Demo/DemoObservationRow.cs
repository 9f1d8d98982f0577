namespace HumanSecurity.Demo;

/// <summary>One row of <c>observations.csv</c> or <c>events.csv</c> before formatting.</summary>
internal readonly record struct DemoObservationRow(
    string Indicator, string Area, string Period, double Value, int Decimals, string Sex, string Group, string Status);
