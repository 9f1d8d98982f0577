namespace HumanSecurity.Observations;

/// <summary>Which population slice an observation describes. Every dimension uses SDMX's <c>_T</c> for "total"
/// (not disaggregated). Values are codes: sex <c>F</c>/<c>M</c>; age group such as <c>Y0T4</c> or <c>Y15T24</c>;
/// population group <c>REF</c> (refugees), <c>IDP</c>, <c>HOST</c> (host community), <c>RET</c> (returnees);
/// disability <c>DIS</c>/<c>NODIS</c>; urbanisation <c>U</c>/<c>R</c>.</summary>
public sealed record Disaggregation(string Sex, string Age, string Group, string Disability, string Urbanisation)
{
    public const string TotalCode = "_T";

    public static Disaggregation Total { get; } = new(TotalCode, TotalCode, TotalCode, TotalCode, TotalCode);

    public bool IsTotal => this == Total;

    /// <summary>The dimension names as used in CSV headers, in order.</summary>
    public static IReadOnlyList<string> DimensionNames { get; } = ["sex", "age", "group", "disability", "urbanisation"];

    public override string ToString() => IsTotal ? TotalCode : $"sex={Sex};age={Age};group={Group};disability={Disability};urbanisation={Urbanisation}";
}
