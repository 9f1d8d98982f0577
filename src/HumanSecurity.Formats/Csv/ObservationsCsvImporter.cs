using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Text;
using HumanSecurity.Storage;
using nietras.SeparatedValues;

namespace HumanSecurity.Formats.Csv;

/// <summary>Observations in long form: <c>indicator,area,period,value[,sex,age,group,disability,urbanisation,status,source]</c>,
/// one value per row. Rows are parsed in parallel (Sep <c>ParallelEnumerate</c>) and checked in file order.</summary>
public sealed class ObservationsCsvImporter : IDatasetImporter
{
    internal static IReadOnlyList<string> Required { get; } = ["indicator", "area", "period", "value"];

    internal static IReadOnlyList<string> Optional { get; } = ["sex", "age", "group", "disability", "urbanisation", "status", "source", AreaParent];

    /// <summary>Optional column with the parent (name or code) of the area, for matching names within it (<c>--match-areas</c>).</summary>
    internal const string AreaParent = "area_parent";

    public string Format => "observations";

    public string Description => "observations, long form: " + CsvColumns.Describe(Required, Optional);

    public DatasetKind Kind => DatasetKind.Observations;

    public ImportOptions Options => ImportOptions.MatchAreas;

    /// <summary>Whether a file's head has this layout's header (asked by the one format detector).</summary>
    internal static bool Recognises(FileHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var cols = head.HeaderColumns;
        return head.Extension is ".csv" or ".txt" && Required.All(cols.Contains);
    }

    public Task<ImportResult> ImportAsync(ImportRequest request, IStore store, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        CsvImport.RunAsync(this, request, store, progress, async (csv, session, problems, ct) =>
        {
            if (!csv.CheckNotEmpty(problems, CsvColumns.Describe(Required, Optional))) return Counts(0);
            var columns = CsvColumns.Map(csv, Required, Optional, allowOthers: false, problems);
            CheckAreaParent(csv, columns, request, problems);
            if (problems.HasErrors) return Counts(0);
            var fields = await ObservationStoreCodes.LoadAsync(csv.FileName, store, request.MatchAreas, ct).ConfigureAwait(false);
            var sink = new ObservationSink(fields, session, problems, EstimateRows(csv));
            var layout = new LongLayout(columns, csv.Header.Count);
            var lines = new RecordLines(2);
            foreach (var parsed in ParallelRows.Of(csv.Reader, r => layout.Parse(r, fields)))
            {
                var row = parsed;
                row.Line = lines.Next(row.ErrorKey);
                await sink.AddAsync(row, ct).ConfigureAwait(false);
                if ((row.Line & CsvFile.PublishMask) == 0)
                {
                    csv.Publish(sink.Count, row.Line, problems);
                    ct.ThrowIfCancellationRequested();
                }
            }
            fields.AreaNames?.AddTo(csv.Report, problems, csv.FileName);
            await sink.FinishAsync(csv.Phases, store, ct).ConfigureAwait(false);
            return Counts(sink.Count);
        }, cancellationToken);

    /// <summary>An <c>area_parent</c> column only means something when names are matched.</summary>
    internal static void CheckAreaParent(CsvFile csv, CsvColumns columns, ImportRequest request, ProblemList problems)
    {
        if (columns.Has(AreaParent) && request.MatchAreas is null)
            problems.Error(Problem.At(csv.FileName, 1, AreaParent), $"column '{AreaParent}' gives the parent of area names to match; use it with --match-areas");
    }

    private static Dictionary<string, long> Counts(long n) => new() { ["observations"] = n };

    /// <summary>Rows expected from the file size (about 32 bytes a row), to size the duplicate-key table once.</summary>
    internal static int EstimateRows(CsvFile csv) => (int)Math.Min(csv.Length / 32 + 16, 50_000_000);

    /// <summary>Column positions of one file; <see cref="Parse"/> runs on Sep's worker threads.</summary>
    private sealed class LongLayout(CsvColumns columns, int columnCount)
    {
        private readonly int _indicator = columns["indicator"], _area = columns["area"], _period = columns["period"], _value = columns["value"];
        private readonly int _sex = columns["sex"], _age = columns["age"], _group = columns["group"];
        private readonly int _disability = columns["disability"], _urbanisation = columns["urbanisation"];
        private readonly int _status = columns["status"], _source = columns["source"], _parent = columns[AreaParent];

        public ParsedObservation Parse(SepReader.Row r, ObservationFields f)
        {
            // The line is set in file order by the consumer: Sep's LineNumberFrom is not reliable here.
            var row = new ParsedObservation { ErrorKey = r.LineNumberToExcl };
            if (DelimitedText.HasOpenQuote(r))
            {
                f.Error(ref row, null, DelimitedText.OpenQuoteMessage);
                return row;
            }
            if (r.ColCount != columnCount)
            {
                f.Error(ref row, null, $"row has {r.ColCount} column(s); expected {columnCount} like the header");
                return row;
            }
            f.Indicator(ref row, r[_indicator].Span, "indicator");
            f.Area(ref row, r[_area].Span, _parent >= 0 ? r[_parent].Span : [], "area");
            f.Period(ref row, r[_period].Span, "period");
            if (_status >= 0) f.Status(ref row, r[_status].Span, "status");
            f.Value(ref row, r[_value].Span, "value");
            row.Sex = _sex >= 0 ? f.Dimension(r[_sex].Span) : f.TotalId;
            row.Age = _age >= 0 ? f.Dimension(r[_age].Span) : f.TotalId;
            row.Group = _group >= 0 ? f.Dimension(r[_group].Span) : f.TotalId;
            row.Disability = _disability >= 0 ? f.Dimension(r[_disability].Span) : f.TotalId;
            row.Urbanisation = _urbanisation >= 0 ? f.Dimension(r[_urbanisation].Span) : f.TotalId;
            row.Source = _source >= 0 ? f.Optional(r[_source].Span) : 0;
            return row;
        }
    }
}
