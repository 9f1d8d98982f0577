namespace HumanSecurity.Runs;

/// <summary>A file a run read: what it was for, where it was and the SHA-256 of its bytes.</summary>
/// <param name="Role">What the run used it for: <c>data</c>, <c>weights</c>, <c>households</c>, <c>roster</c>.</param>
/// <param name="Path">Full path at the time of the run.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes.</param>
public sealed record InputFile(string Role, string Path, string Sha256);
