namespace HumanSecurity.Cli;

/// <summary>Finds index model files: a path as given, else a built-in model by name (<c>human-security</c>,
/// <c>inform-risk</c>, <c>compound-risk</c>) from the <c>models/</c> folder shipped beside the binary.</summary>
internal static class BuiltInModels
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "models");

    public static IReadOnlyList<string> Names =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.GetFiles(Directory, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The path to read: <paramref name="modelOrName"/> itself when it exists (or looks like a path), else the
    /// built-in model of that name when there is one, else the argument unchanged (the reader then reports it missing).</summary>
    public static string Resolve(string modelOrName)
    {
        if (File.Exists(modelOrName)) return modelOrName;
        var name = modelOrName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ? modelOrName[..^5] : modelOrName;
        if (name.Contains('/') || name.Contains('\\')) return modelOrName;
        var builtIn = Path.Combine(Directory, name + ".yaml");
        return File.Exists(builtIn) ? builtIn : modelOrName;
    }
}
