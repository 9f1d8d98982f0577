namespace HumanSecurity.Runs;

/// <summary>A store dataset a run read, as it was when the run was made.</summary>
/// <param name="Id">Dataset id in the store.</param>
/// <param name="Kind">Dataset kind (<c>observations</c>, <c>areas</c>, <c>survey</c>, ...).</param>
/// <param name="File">Source file name recorded at import.</param>
/// <param name="Sha256">SHA-256 of the imported file, as the store recorded it.</param>
public sealed record DatasetIdentity(long Id, string Kind, string File, string Sha256);
