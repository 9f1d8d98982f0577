namespace HumanSecurity.Runs;

/// <summary>Which model (index) or spec (poverty) a run used, with its full text so the run can be recomputed even after
/// the file or the built-in library changed.</summary>
/// <param name="Name">The model's own name (its <c>name:</c> key).</param>
/// <param name="Reference">What was asked for: a built-in name such as <c>inform-risk:2016</c>, or a file path.</param>
/// <param name="Release">Release of a built-in model (<c>2016</c> for <c>inform-risk-2016.yaml</c>), or null.</param>
/// <param name="Origin"><c>built-in</c> or <c>file</c>.</param>
/// <param name="Path">The file read (for a built-in model: its file in the library), or null for a text given in code.</param>
/// <param name="Hash"><see cref="ContentHash.OfText"/> of <paramref name="Text"/>.</param>
/// <param name="Text">The model or spec text.</param>
public sealed record ModelIdentity(string Name, string Reference, string? Release, string Origin, string? Path, string Hash, string Text)
{
    /// <summary>Origin of a model from the built-in library.</summary>
    public const string BuiltIn = "built-in";

    /// <summary>Origin of a model read from a file the user named.</summary>
    public const string File = "file";

    /// <summary>An identity whose hash is computed from the text.</summary>
    public static ModelIdentity FromText(string name, string reference, string? release, string origin, string? path, string text) =>
        new(name, reference, release, origin, path, ContentHash.OfText(text), text);

    /// <summary>True when <see cref="Hash"/> is the hash of <see cref="Text"/> (the manifest was not edited).</summary>
    public bool HashMatchesText => string.Equals(Hash, ContentHash.OfText(Text), StringComparison.Ordinal);
}
