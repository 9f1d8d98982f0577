using HumanSecurity.Formats.Text;
using nietras.SeparatedValues;

namespace HumanSecurity.Formats.Csv;

/// <summary>An open comma-separated file with a header: the Sep reader, the hashing stream under it and the
/// validated column map. UTF-8 with or without BOM.</summary>
internal sealed class CsvFile : IDisposable
{
    private CsvFile(string fileName, CountingReadStream stream, SepReader reader)
    {
        FileName = fileName;
        Stream = stream;
        Reader = reader;
        Length = stream.Length;
        Header = reader.Header.ColNames.Select(n => n.Trim().TrimStart('\uFEFF')).ToArray();
    }

    /// <summary>File name used in problem locations.</summary>
    public string FileName { get; }

    public CountingReadStream Stream { get; }

    public SepReader Reader { get; }

    /// <summary>Header names, trimmed, as written.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>File size in bytes, taken at open (the parser may close the stream when done).</summary>
    public long Length { get; }

    /// <summary>Rows read so far; the reading loop sets it now and then, progress reporting reads it.</summary>
    public long RowsRead
    {
        get => Volatile.Read(ref _rowsRead);
        set => Volatile.Write(ref _rowsRead, value);
    }

    private long _rowsRead;

    public static CsvFile Open(string path, string fileName)
    {
        var stream = new CountingReadStream(path, fileName);
        try
        {
            var reader = Sep.New(',').Reader(o => o with { HasHeader = true, DisableColCountCheck = true, Unescape = true }).From(stream);
            return new CsvFile(fileName, stream, reader);
        }
        catch (ArgumentException e)
        {
            stream.Dispose();
            throw RepeatedColumn(fileName, e);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Sep refuses a header that names a column twice (an <see cref="ArgumentException"/>): a located error.</summary>
    public static InvalidInputException RepeatedColumn(string fileName, ArgumentException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new InvalidInputException(Problem.At(fileName, 1), $"the header names a column more than once; expected each column once ({SafeText.Echo(e.Message, 200)})");
    }

    /// <summary>Reports an empty file (no header) and returns false.</summary>
    public bool CheckNotEmpty(ProblemList problems, string expectedHeader)
    {
        if (Header.Count > 0 && !(Header.Count == 1 && Header[0].Length == 0)) return true;
        problems.Error(Problem.At(FileName, 1), $"file is empty; expected a header line such as '{expectedHeader}'");
        return false;
    }

    /// <summary>Reports a row whose column count differs from the header's, or whose quote is never closed, and returns
    /// false. Call before reading any cell of the row.</summary>
    public bool CheckColumnCount(SepReader.Row row, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (DelimitedText.HasOpenQuote(row))
        {
            problems.Error(Problem.At(FileName, row.LineNumberFrom), DelimitedText.OpenQuoteMessage);
            return false;
        }
        if (row.ColCount == Header.Count) return true;
        problems.Error(Problem.At(FileName, row.LineNumberFrom),
            $"row has {row.ColCount} column(s); expected {Header.Count} like the header");
        return false;
    }

    public void Dispose()
    {
        Reader.Dispose();
        Stream.Dispose();
    }
}
