using System.Text.RegularExpressions;
using HumanSecurity.Indices;
using HumanSecurity.Runs;

namespace HumanSecurity.Formats.Models;

/// <summary>The built-in index models, and the one resolver of a <c>--model</c> value used by file mode, store mode,
/// <c>hso verify</c> and the web: an existing file is read as it is; otherwise <c>NAME:RELEASE</c> is
/// <c>models/NAME-RELEASE.yaml</c>, and a plain <c>NAME</c> is <c>models/NAME.yaml</c> when it exists, else the newest
/// <c>models/NAME-RELEASE.yaml</c> (releases compared as years and versions, <see cref="ReleaseComparer"/>); the file's
/// own name <c>NAME-RELEASE</c> picks that file too. A release starts at the first <c>-</c> followed by a digit. The library is the <c>models/</c> folder shipped beside the binary.</summary>
public sealed partial class ModelLibrary(string directory)
{
    /// <summary>The library shipped beside the running binary.</summary>
    public static ModelLibrary BuiltIn { get; } = new(Path.Combine(AppContext.BaseDirectory, "models"));

    public string Directory { get; } = directory;

    /// <summary>Every model file, by name then release (oldest first).</summary>
    public IReadOnlyList<ModelEntry> Entries =>
        System.IO.Directory.Exists(Directory)
            ? [.. System.IO.Directory.GetFiles(Directory, "*.yaml").Select(ToEntry).OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Release, ReleaseComparer.Instance)]
            : [];

    /// <summary>Library names, each once, in order.</summary>
    public IReadOnlyList<string> Names => [.. Entries.Select(e => e.Name).Distinct(StringComparer.Ordinal)];

    /// <summary>The library file a name refers to, or null when <paramref name="reference"/> names none.</summary>
    public ModelEntry? Find(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var name = reference.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ? reference[..^5] : reference;
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        var release = colon < 0 ? null : name[(colon + 1)..];
        if (colon >= 0) name = name[..colon];
        var all = Entries;
        var entries = all.Where(e => e.Name == name).ToList();
        if (release is not null) return entries.FirstOrDefault(e => e.Release == release);
        // The file's own name (inform-risk-2016) picks that file too.
        return entries.FirstOrDefault(e => e.Release is null) ?? entries.LastOrDefault()
            ?? all.FirstOrDefault(e => Path.GetFileNameWithoutExtension(e.Path) == name);
    }

    /// <summary>Reads the model <paramref name="reference"/> names: a file path, or a library name (see the type summary).</summary>
    /// <exception cref="InvalidInputException">Neither a file nor a library model (the message lists the library), or
    /// the model is invalid.</exception>
    public LoadedModel Load(string reference)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        if (File.Exists(reference)) return Read(reference, Path.GetFullPath(reference), null, ModelIdentity.File);
        if (LooksLikePath(reference)) throw new InvalidInputException(reference, "model file not found");
        if (Find(reference) is { } entry) return Read(reference, entry.Path, entry.Release, ModelIdentity.BuiltIn);
        throw new InvalidInputException("--model", NotFound(reference));
    }

    /// <summary>The model of a manifest: its text, parsed (the file or library it came from is not read again).</summary>
    public static IndexModel FromText(ModelIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return ModelYamlReader.Read(identity.Text, identity.Path is null ? identity.Reference : Path.GetFileName(identity.Path));
    }

    private static LoadedModel Read(string reference, string path, string? release, string origin)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException(path, $"cannot read the model file: {e.Message}");
        }
        var model = ModelYamlReader.Read(text, Path.GetFileName(path));
        return new LoadedModel(model, ModelIdentity.FromText(model.Name, reference, release, origin, path, text));
    }

    private string NotFound(string reference)
    {
        var name = reference.Split(':')[0];
        var releases = Entries.Where(e => e.Name == name && e.Release is not null).Select(e => e.Release!).ToList();
        if (reference.Contains(':', StringComparison.Ordinal) && releases.Count > 0)
            return $"'{reference}' is not a built-in release; releases of {name}: {string.Join(", ", releases)}";
        return $"'{reference}' is neither a model file nor a built-in model; built-in models: {string.Join(", ", Entries.Select(e => e.Reference))}";
    }

    private static bool LooksLikePath(string reference) =>
        reference.Contains('/', StringComparison.Ordinal) || reference.Contains('\\', StringComparison.Ordinal);

    private static ModelEntry ToEntry(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        var m = ReleasePattern().Match(stem);
        return m.Success ? new ModelEntry(m.Groups[1].Value, m.Groups[2].Value, path) : new ModelEntry(stem, null, path);
    }

    [GeneratedRegex(@"^(.+?)-(\d[0-9A-Za-z._-]*)$")]
    private static partial Regex ReleasePattern();
}
