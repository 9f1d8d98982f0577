using HumanSecurity.Runs;

namespace HumanSecurity.Indices.Runs;

/// <summary>File mode: the data read from a file, and the identity (path, SHA-256) of every file it came from.</summary>
/// <param name="Data">One row per unit (and period), one column per indicator.</param>
/// <param name="Files">The files read, role <c>data</c> first.</param>
public sealed record IndexFileSource(IndexData Data, IReadOnlyList<InputFile> Files) : IndexSource;
