namespace HumanSecurity.Formats.Import;

/// <summary>Progress of an import in one phase. <see cref="Rows"/> counts only rows accepted so far (rows with a
/// problem are not counted), so a file that is then rejected never shows rows as imported.</summary>
/// <param name="Phase">The phase this report is about.</param>
/// <param name="Rows">Rows accepted so far in this phase (at its end: all rows it accepted).</param>
public sealed record ImportProgress(ImportPhase Phase, long Rows)
{
    /// <summary>Bytes of the file read up to the row reached when <see cref="Rows"/> was counted (0 when unknown;
    /// see <see cref="ReadPosition"/>).</summary>
    public long BytesRead { get; init; }

    /// <summary>Size of the file (0 when unknown or not meaningful for the phase).</summary>
    public long TotalBytes { get; init; }

    /// <summary>Errors found so far; with any, nothing will be written.</summary>
    public int Errors { get; init; }

    /// <summary>The phase has ended; <see cref="Rows"/> is its final count.</summary>
    public bool Done { get; init; }

    /// <summary>Fraction of the file read in 0..1, or null when the size is unknown. Below 1 until the phase is done (the
    /// reader runs ahead of the rows counted).</summary>
    public double? Fraction => Done ? 1 : TotalBytes > 0 ? Math.Clamp((double)BytesRead / TotalBytes, 0, 0.99) : null;
}
