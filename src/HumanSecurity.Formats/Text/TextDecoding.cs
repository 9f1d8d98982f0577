using System.Text;

namespace HumanSecurity.Formats.Text;

/// <summary>Picks the text encoding of a file: a BOM wins (UTF-8, UTF-16); otherwise UTF-8 when the first megabyte
/// decodes strictly as UTF-8, else ISO-8859-1 (Latin-1), which every byte sequence satisfies.</summary>
public static class TextDecoding
{
    private const int SniffBytes = 1 << 20;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The encoding of <paramref name="head"/>, the first bytes of a file.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode;
        return IsUtf8(head) ? Encoding.UTF8 : Encoding.Latin1;
    }

    /// <summary>Whether the bytes are valid UTF-8, allowing a multi-byte sequence cut at the end.</summary>
    public static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        var cut = 0;
        for (var i = bytes.Length - 1; i >= 0 && i >= bytes.Length - 4; i--)
        {
            if ((bytes[i] & 0xC0) != 0x80) { cut = (bytes[i] & 0xC0) == 0xC0 ? bytes.Length - i : 0; break; }
        }
        try
        {
            StrictUtf8.GetCharCount(bytes[..(bytes.Length - cut)]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Opens a file as text with its detected encoding (the BOM, if any, is skipped). UTF-8 and Latin-1 text is
    /// checked as it is read (<see cref="TextCheck"/>): a NUL byte, or invalid UTF-8 after a UTF-8 start, is a located
    /// <see cref="InvalidInputException"/> rather than silently cut or replaced text.</summary>
    public static StreamReader Open(string path)
    {
        Encoding encoding;
        using (var sniff = OpenStream(path))
        {
            var head = new byte[(int)Math.Min(SniffBytes, Math.Max(0, sniff.Length))];
            var read = sniff.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            encoding = Detect(head.AsSpan(0, read));
        }
        Stream stream = encoding.CodePage is 1200 or 1201 ? OpenStream(path) : new CheckedReadStream(path, Path.GetFileName(path), utf8: encoding.CodePage == 65001);
        return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    /// <summary>The first line of a file (BOM removed), for separator detection.</summary>
    public static string FirstLine(string path)
    {
        using var reader = Open(path);
        return (reader.ReadLine() ?? "").TrimStart('\uFEFF');
    }

    /// <summary>Reads a whole file as text with its detected encoding.</summary>
    public static string ReadAllText(string path)
    {
        using var reader = Open(path);
        return reader.ReadToEnd();
    }

    /// <summary>Opens a file for reading; a missing or unreadable file becomes an <see cref="InvalidInputException"/>.</summary>
    public static FileStream OpenStream(string path, string? fileName = null, int bufferSize = 1 << 16)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InvalidInputException(fileName ?? Path.GetFileName(path), $"cannot open file: {e.Message}");
        }
    }
}
