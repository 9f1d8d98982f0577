using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Import;

/// <summary>The name and first bytes of a file, decoded as text, for format detection.</summary>
/// <param name="FileName">File name without directory.</param>
/// <param name="Lines">Up to the first few lines, BOM removed.</param>
public sealed record FileHead(string FileName, IReadOnlyList<string> Lines)
{
    private const int SniffBytes = 64 * 1024;

    /// <summary>The head as one text (at most 64 KiB of the file; by default the lines joined).</summary>
    public string Text { get; init; } = string.Join('\n', Lines);

    /// <summary>Whether the head is the whole file (false when the file was cut at 64 KiB).</summary>
    public bool Complete { get; init; } = true;

    /// <summary>First line, or empty.</summary>
    public string Header => Lines.Count > 0 ? Lines[0] : "";

    public string Extension => Path.GetExtension(FileName).ToLowerInvariant();

    /// <summary>Header split on commas, trimmed and lower-cased (empty for a non-CSV head).</summary>
    public IReadOnlyList<string> HeaderColumns => Header.Split(',').Select(c => c.Trim().Trim('"').ToLowerInvariant()).ToArray();

    /// <summary>Reads up to <paramref name="maxLines"/> lines (and at most 64 KiB) of a file, in the encoding
    /// <see cref="TextDecoding"/> detects.</summary>
    public static FileHead Read(string path, int maxLines = 20)
    {
        using var stream = TextDecoding.OpenStream(path);
        var buffer = new byte[SniffBytes];
        var n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var encoding = TextDecoding.Detect(buffer.AsSpan(0, n));
        var text = encoding.GetString(buffer, 0, n).TrimStart('\uFEFF');
        var complete = n < buffer.Length;
        var lines = text.Split('\n').Take(maxLines).Select(l => l.TrimEnd('\r')).ToList();
        if (!complete && lines.Count > 1 && lines.Count < maxLines) lines.RemoveAt(lines.Count - 1);
        return new FileHead(Path.GetFileName(path), lines) { Text = text, Complete = complete };
    }
}
