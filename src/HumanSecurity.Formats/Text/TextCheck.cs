using System.Globalization;
using System.Text;

namespace HumanSecurity.Formats.Text;

/// <summary>Checks the raw bytes of a text file as they are read: a NUL byte (which DuckDB would silently cut stored
/// text at) and, for UTF-8 files, an invalid byte sequence (which the decoder would silently replace with U+FFFD) are
/// located errors, <c>file:line</c> with the byte offset. One vectorised search per buffer for NUL and a strict
/// incremental decoder count for UTF-8; the line is counted only on failure, by reading the file again.</summary>
internal sealed class TextCheck(string path, string file, bool utf8)
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Decoder? _decoder = utf8 ? Strict.GetDecoder() : null;
    private long _offset;

    /// <summary>Checks the next bytes of the file; an empty chunk marks the end (a cut multi-byte sequence is an error).</summary>
    /// <exception cref="InvalidInputException">A NUL byte or invalid UTF-8, located.</exception>
    public void Scan(ReadOnlySpan<byte> chunk)
    {
        var nul = chunk.IndexOf((byte)0);
        if (nul >= 0) Fail(_offset + nul, "holds a NUL byte (\\0); expected text (a binary file, or UTF-16 without a byte-order mark?)");
        if (_decoder is not null)
        {
            try
            {
                _decoder.GetCharCount(chunk, flush: chunk.IsEmpty);
            }
            catch (DecoderFallbackException e)
            {
                var at = _offset + Math.Clamp(e.Index, 0, Math.Max(0, chunk.Length - 1));
                var bytes = string.Join(' ', (e.BytesUnknown ?? []).Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
                Fail(at, $"holds bytes that are not UTF-8 ({bytes}); expected UTF-8 text throughout (re-save the file as UTF-8)");
            }
        }
        _offset += chunk.Length;
    }

    private void Fail(long offset, string what)
    {
        var line = LineAt(offset);
        throw new InvalidInputException(Problem.At(file, line), string.Create(CultureInfo.InvariantCulture, $"line {line} (byte {offset:N0}) {what}"));
    }

    // 1 + the line breaks before the offset.
    private int LineAt(long offset)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
        var buffer = new byte[1 << 16];
        long seen = 0;
        var line = 1;
        while (seen < offset)
        {
            var n = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, offset - seen));
            if (n == 0) break;
            line += buffer.AsSpan(0, n).Count((byte)'\n');
            seen += n;
        }
        return line;
    }
}
