using System.Text;

namespace HumanSecurity.Formats.Import;

/// <summary>The name and first lines of a file, for format detection.</summary>
/// <param name="FileName">File name without directory.</param>
/// <param name="Lines">Up to the first few lines, UTF-8 decoded, BOM removed.</param>
public sealed record FileHead(string FileName, IReadOnlyList<string> Lines)
{
    /// <summary>First line, or empty.</summary>
    public string Header => Lines.Count > 0 ? Lines[0] : "";

    public string Extension => Path.GetExtension(FileName).ToLowerInvariant();

    /// <summary>Header split on commas, trimmed and lower-cased (empty for a non-CSV head).</summary>
    public IReadOnlyList<string> HeaderColumns => Header.Split(',').Select(c => c.Trim().Trim('"').ToLowerInvariant()).ToArray();

    /// <summary>Reads up to <paramref name="maxLines"/> lines (and at most 64 KiB) of a file.</summary>
    public static FileHead Read(string path, int maxLines = 20)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var buffer = new char[65_536];
        var n = reader.ReadBlock(buffer, 0, buffer.Length);
        var text = new string(buffer, 0, n).TrimStart('\uFEFF');
        var lines = text.Split('\n').Take(maxLines).Select(l => l.TrimEnd('\r')).ToList();
        if (n == buffer.Length && lines.Count > 1 && lines.Count < maxLines) lines.RemoveAt(lines.Count - 1);
        return new FileHead(Path.GetFileName(path), lines);
    }
}
