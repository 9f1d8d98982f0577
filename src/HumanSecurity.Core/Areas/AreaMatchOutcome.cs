namespace HumanSecurity.Areas;

/// <summary>How a name given in a file was matched to the gazetteer (<see cref="AreaNameMatcher"/>).</summary>
public enum AreaMatchOutcome
{
    /// <summary>The text is an area code.</summary>
    Code,

    /// <summary>The text is, character for character, one area's name in some language.</summary>
    Exact,

    /// <summary>The text matches one area's name once accents, case, punctuation and spacing are folded
    /// (<see cref="AreaNames.Normalise"/>).</summary>
    Normalised,

    /// <summary>Several areas fit; none was chosen.</summary>
    Ambiguous,

    /// <summary>No area fits (or its parent did not match).</summary>
    Unmatched,
}
