using System.Text;
using HumanSecurity.Runs;

namespace HumanSecurity.Formats.Runs;

/// <summary>Reads and writes <c>run.json</c>, the manifest of a file-mode run (UTF-8 without BOM).</summary>
public static class RunManifestFile
{
    /// <summary>The file name of a manifest in an output directory.</summary>
    public const string FileName = "run.json";

    public static void Write(RunManifest manifest, string path)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        File.WriteAllText(path, manifest.ToJson() + "\n", new UTF8Encoding(false));
    }

    /// <exception cref="InvalidInputException">The file is missing, unreadable or not a manifest.</exception>
    public static RunManifest Read(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException(Path.GetFileName(path), $"cannot read the run manifest: {e.Message}");
        }
        return RunManifest.FromJson(text, Path.GetFileName(path));
    }
}
