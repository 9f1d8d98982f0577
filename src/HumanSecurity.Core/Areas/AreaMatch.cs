namespace HumanSecurity.Areas;

/// <summary>The result of matching one name (within one parent) to the gazetteer.</summary>
/// <param name="Name">The name as the file gives it (trimmed).</param>
/// <param name="Outcome">How it matched.</param>
/// <param name="Candidates">The area matched (one) or the areas it could be (several); empty when unmatched.</param>
public sealed record AreaMatch(string Name, AreaMatchOutcome Outcome, IReadOnlyList<Area> Candidates)
{
    /// <summary>The parent name (or code) the file gives with it, or null.</summary>
    public string? Parent { get; init; }

    /// <summary>How <see cref="Parent"/> was matched, or null when there is none.</summary>
    public AreaMatch? ParentMatch { get; init; }

    /// <summary>Only areas of this kind were candidates, or null.</summary>
    public AreaKind? Kind { get; init; }

    /// <summary>Areas with the same name that the kind or parent constraint left out (to say so in the message).</summary>
    public IReadOnlyList<Area> Excluded { get; init; } = [];

    /// <summary>Whether one area was found (<see cref="Code"/> is set).</summary>
    public bool IsMatched => Outcome is AreaMatchOutcome.Code or AreaMatchOutcome.Exact or AreaMatchOutcome.Normalised;

    /// <summary>The matched area's code, or null.</summary>
    public string? Code => IsMatched ? Candidates[0].Code : null;

    /// <summary>What happened, for a problem message: why an ambiguous or unmatched name was not taken, and what would
    /// resolve it.</summary>
    public string Describe()
    {
        var within = ParentMatch is { Code: { } p } ? $" within {p} ({ParentMatch.Candidates[0].Name})" : "";
        var kind = Kind is { } k ? $" of kind {k.ToCode()}" : "";
        return Outcome switch
        {
            AreaMatchOutcome.Ambiguous =>
                $"area name '{Name}' is ambiguous{within}: {string.Join(", ", Candidates.Select(Label))}; give its parent (or a P-code){(Kind is null ? " or --area-level" : "")}",
            AreaMatchOutcome.Unmatched when ParentMatch is { IsMatched: false } parent =>
                $"area name '{Name}' cannot be matched because its parent does not match: {parent.Describe()}",
            AreaMatchOutcome.Unmatched =>
                $"area name '{Name}' matches no area{kind}{within} in the store's gazetteer (any language, accents and case ignored)"
                + (Excluded.Count > 0 ? $"; the name exists as {string.Join(", ", Excluded.Take(5).Select(Label))}" : "; import the gazetteer first, or give a P-code"),
            _ => $"area name '{Name}' matched {Code} ({Outcome.ToString().ToLowerInvariant()})",
        };
    }

    private static string Label(Area a) => $"{a.Code} ({a.Name}, {a.Kind.ToCode()}{(a.ParentCode is { } p ? " in " + p : "")})";
}
