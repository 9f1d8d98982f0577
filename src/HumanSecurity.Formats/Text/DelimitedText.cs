using nietras.SeparatedValues;

namespace HumanSecurity.Formats.Text;

/// <summary>Reads delimited text (RFC 4180 quoting, any separator) into <see cref="TextRow"/>s with line numbers, via Sep.
/// Rows may have different lengths; quoted cells may hold separators and line breaks.</summary>
public static class DelimitedText
{
    /// <summary>Candidate separators, in order of preference on a tie.</summary>
    public static readonly char[] Separators = [',', ';', '\t', '|'];

    /// <summary>The separator that occurs most often outside quotes in <paramref name="line"/>; comma when none does.</summary>
    public static char DetectSeparator(ReadOnlySpan<char> line)
    {
        Span<int> counts = stackalloc int[Separators.Length];
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted)
            {
                var i = Array.IndexOf(Separators, c);
                if (i >= 0) counts[i]++;
            }
        }
        var best = 0;
        for (var i = 1; i < counts.Length; i++) if (counts[i] > counts[best]) best = i;
        return counts[best] > 0 ? Separators[best] : ',';
    }

    /// <summary>The first physical line of a text (without its line break).</summary>
    public static string FirstLine(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? text : text[..end];
    }

    /// <summary>Streams the records of <paramref name="reader"/>; throws <see cref="InvalidInputException"/> located at the
    /// record where the text cannot be parsed.</summary>
    public static IEnumerable<TextRow> ReadRows(TextReader reader, char separator, string file)
    {
        if (separator is < ' ' and not '\t' or > '~' or '"')
            throw new InvalidInputException(Problem.At(file, 1), $"'{separator}' (U+{(int)separator:X4}) cannot separate cells; expected a printable ASCII separator such as , or ;");
        return ReadRowsCore(reader, separator, file);
    }

    private static IEnumerable<TextRow> ReadRowsCore(TextReader reader, char separator, string file)
    {
        using var sep = Sep.New(separator).Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true, CreateToString = SepToString.PoolPerCol() }).From(reader);
        using var rows = sep.GetEnumerator();
        var line = 1;
        while (true)
        {
            TextRow row;
            try
            {
                if (!rows.MoveNext()) yield break;
                var r = rows.Current;
                // Sep numbers the first record line 2 when there is no header row; it starts on line 1.
                line = r.RowIndex == 0 ? 1 : r.LineNumberFrom;
                if (HasOpenQuote(r)) throw new InvalidInputException(Problem.At(file, line), OpenQuoteMessage);
                var cells = new string[r.ColCount];
                for (var i = 0; i < cells.Length; i++) cells[i] = r[i].ToString();
                row = new TextRow(line, cells);
            }
            catch (Exception e) when (e is InvalidDataException or FormatException or NotSupportedException or ArgumentException)
            {
                throw new InvalidInputException(Problem.At(file, line), $"cannot parse delimited text: {e.Message}");
            }
            yield return row;
        }
    }

    /// <summary>The message for a record with <see cref="HasOpenQuote"/>.</summary>
    public const string OpenQuoteMessage = "a quoted cell is not closed (odd number of quotes in the row, which then runs to the end of the file); expected every opening quote to be closed";

    /// <summary>Whether a record's raw text holds an odd number of quotes: a quoted cell opened and never closed, which
    /// Sep silently runs to the end of the file (so only the last record can have one). Call it before reading any cell
    /// (cells are unescaped in place); a row without a quote costs one vectorised search.</summary>
    internal static bool HasOpenQuote(SepReader.Row row)
    {
        var raw = row.Span;
        return raw.Contains('"') && (raw.Count('"') & 1) == 1;
    }

    /// <summary>Reads all records of a text held in memory.</summary>
    public static List<TextRow> ReadAll(string text, char separator, string file)
    {
        using var reader = new StringReader(text);
        return [.. ReadRows(reader, separator, file)];
    }
}
