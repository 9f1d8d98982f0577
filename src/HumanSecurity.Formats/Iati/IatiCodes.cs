namespace HumanSecurity.Formats.Iati;

/// <summary>IATI 2.03 codelists the reader checks (embedded codelists, IATI-Codelists @75e827ba).</summary>
public static class IatiCodes
{
    public static readonly IReadOnlySet<string> ActivityStatus = new HashSet<string> { "1", "2", "3", "4", "5", "6" };

    public static readonly IReadOnlySet<string> ActivityDateType = new HashSet<string> { "1", "2", "3", "4" };

    public static readonly IReadOnlySet<string> OrganisationRole = new HashSet<string> { "1", "2", "3", "4" };

    public static readonly IReadOnlySet<string> TransactionType = new HashSet<string> { "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13" };

    /// <summary>ActivityStatus code → name.</summary>
    public static string? StatusName(string? code) => code switch
    {
        "1" => "pipeline",
        "2" => "implementation",
        "3" => "finalisation",
        "4" => "closed",
        "5" => "cancelled",
        "6" => "suspended",
        _ => code,
    };

    /// <summary>Name → ActivityStatus code (inverse of <see cref="StatusName"/>; codes pass through).</summary>
    public static string StatusCode(string? name) => name?.ToLowerInvariant() switch
    {
        "pipeline" or "identification" => "1",
        "implementation" or "active" => "2",
        "finalisation" => "3",
        "closed" or "completed" => "4",
        "cancelled" => "5",
        "suspended" => "6",
        { } n when ActivityStatus.Contains(n) => n,
        _ => "2",
    };
}
