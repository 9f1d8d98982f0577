using System.Security.Cryptography;
using HumanSecurity.Runs;

namespace HumanSecurity.Formats.Runs;

/// <summary>Identities of the files a run reads: full path and SHA-256 of the bytes.</summary>
public static class InputFiles
{
    /// <summary>The identity of <paramref name="path"/> for <paramref name="role"/>.</summary>
    /// <exception cref="InvalidInputException">The file cannot be read.</exception>
    public static InputFile Identify(string role, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
            return new InputFile(role, Path.GetFullPath(path), Convert.ToHexStringLower(SHA256.HashData(stream)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException(Path.GetFileName(path), $"cannot read the {role} file: {e.Message}");
        }
    }
}
