using HumanSecurity.Formats.Text;
using nietras.SeparatedValues;

namespace HumanSecurity.Formats.Csv;

/// <summary>An open comma-separated file with a header: the Sep reader, the checked file stream under it and the
/// validated column map. UTF-8 with or without BOM.</summary>
internal sealed class CsvFile : IDisposable
{
    private CsvFile(string fileName, CheckedReadStream stream, SepReader reader, Import.ImportPhases phases, Import.ReadPosition position)
    {
        FileName = fileName;
        Phases = phases;
        Position = position;
        Stream = stream;
        Reader = reader;
        Length = stream.Length;
        Header = reader.Header.ColNames.Select(n => n.Trim().TrimStart('\uFEFF')).ToArray();
    }

    /// <summary>File name used in problem locations.</summary>
    public string FileName { get; }

    /// <summary>The file's bytes, checked as they are read (NUL, UTF-8).</summary>
    public CheckedReadStream Stream { get; }

    public SepReader Reader { get; }

    /// <summary>Header names, trimmed, as written.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>File size in bytes, taken at open (the parser may close the stream when done).</summary>
    public long Length { get; }

    /// <summary>The import's phases (progress).</summary>
    public Import.ImportPhases Phases { get; }

    /// <summary>The import's report (skipped rows, area names, changed areas).</summary>
    public required Import.ImportReport Report { get; init; }

    /// <summary>How often the reading loops call <see cref="Publish"/>: every 4096 rows (a mask on the line number).</summary>
    public const int PublishMask = 0xFFF;

    /// <summary>Where the reading loops are in the file (for the share read).</summary>
    public Import.ReadPosition Position { get; }

    /// <summary>Reports rows accepted so far and the share of the file read up to <paramref name="line"/>; called every
    /// few thousand rows.</summary>
    public void Publish(long accepted, int line, ProblemList problems) => Phases.Advance(accepted, Position.BytesAt(line), Length, problems.ErrorCount);

    public static CsvFile Open(string path, string fileName, Import.ImportPhases phases, Import.ImportReport report)
    {
        var stream = new CheckedReadStream(path, fileName);
        try
        {
            var reader = Sep.New(',').Reader(o => o with { HasHeader = true, DisableColCountCheck = true, Unescape = true }).From(stream);
            return new CsvFile(fileName, stream, reader, phases, Import.ReadPosition.Of(path)) { Report = report };
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
