namespace HumanSecurity.Formats.Import;

/// <summary>The phases of an import, in order. Streamed files stage chunks while they are read; <see cref="Stage"/> is
/// then the wait for the last chunks.</summary>
public enum ImportPhase
{
    /// <summary>Reading and checking rows one by one (cells, codes, duplicates in the file).</summary>
    Read,

    /// <summary>Checking the file as a whole against the store (keys already stored, the area hierarchy).</summary>
    Check,

    /// <summary>Handing the accepted rows to the import session (nothing is visible yet).</summary>
    Stage,

    /// <summary>Writing the staged rows into the store in one transaction.</summary>
    Commit,
}
