using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace HumanSecurity.Access;

/// <summary>Makes and checks API token texts: <c>hso_</c> and 43 base64url characters (32 random bytes from the
/// operating system's CSPRNG). Stores keep only <see cref="Hash"/> of a token.</summary>
/// <remarks>A plain SHA-256 is enough here and a slow password KDF (PBKDF2, scrypt, Argon2) would add nothing: those
/// exist to slow guessing of low-entropy passwords, while a token carries 256 random bits, so its hash cannot be
/// inverted or guessed. A KDF would only cost CPU on every API request.</remarks>
public static class ApiTokenSecret
{
    public const string Prefix = "hso_";

    private const int RandomBytes = 32;

    /// <summary>Length of every token text: the prefix and 43 base64url characters.</summary>
    public static int Length { get; } = Prefix.Length + Base64Url.GetEncodedLength(RandomBytes);

    /// <summary>A new random token text.</summary>
    public static string Generate() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>SHA-256 of the token text (UTF-8).</summary>
    public static byte[] Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return SHA256.HashData(Encoding.UTF8.GetBytes(token));
    }

    /// <summary>Lower-case hex of <see cref="Hash"/>, as stores keep it.</summary>
    public static string HashHex(string token) => Convert.ToHexStringLower(Hash(token));

    /// <summary>Whether <paramref name="text"/> has the form of a token (prefix, length, base64url characters); says
    /// nothing about whether a store knows it.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        if (text.Length != Length || !text.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        foreach (var c in text[Prefix.Length..])
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_') return false;
        }
        return true;
    }
}
