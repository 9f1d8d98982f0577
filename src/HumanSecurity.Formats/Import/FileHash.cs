using System.Security.Cryptography;

namespace HumanSecurity.Formats.Import;

/// <summary>SHA-256 of a file, as lower-case hex (dataset provenance).</summary>
public static class FileHash
{
    public static async Task<string> Sha256HexAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }
}
