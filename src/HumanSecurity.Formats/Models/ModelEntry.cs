namespace HumanSecurity.Formats.Models;

/// <summary>A model file of the built-in library: <c>NAME.yaml</c> (no release) or <c>NAME-RELEASE.yaml</c>.</summary>
/// <param name="Name">Library name (the file name without the release and <c>.yaml</c>).</param>
/// <param name="Release">Release (<c>2016</c>, <c>0.4.0</c>), or null.</param>
/// <param name="Path">Full path of the file.</param>
public sealed record ModelEntry(string Name, string? Release, string Path)
{
    /// <summary>How to ask for exactly this file: <c>NAME</c> or <c>NAME:RELEASE</c>.</summary>
    public string Reference => Release is null ? Name : $"{Name}:{Release}";
}
