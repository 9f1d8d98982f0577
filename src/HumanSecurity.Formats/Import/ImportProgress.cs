namespace HumanSecurity.Formats.Import;

/// <summary>Progress of an import: rows read so far and bytes of the file consumed.</summary>
/// <param name="Phase">What is happening, e.g. <c>validating</c>, <c>writing</c>.</param>
/// <param name="Rows">Rows processed in this phase.</param>
/// <param name="BytesRead">Bytes of the file consumed (0 when unknown).</param>
/// <param name="TotalBytes">Size of the file (0 when unknown).</param>
public sealed record ImportProgress(string Phase, long Rows, long BytesRead, long TotalBytes)
{
    /// <summary>Fraction done in 0..1, or null when the size is unknown.</summary>
    public double? Fraction => TotalBytes > 0 ? Math.Clamp((double)BytesRead / TotalBytes, 0, 1) : null;
}
