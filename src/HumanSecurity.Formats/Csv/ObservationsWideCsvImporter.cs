using HumanSecurity.Formats.Import;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Csv;

/// <summary>Observations in wide form: <c>area,period[,sex,age,group,disability,urbanisation,status,source],IND1,IND2,...</c>:
/// every other column is an indicator code and each non-empty cell one observation (an empty cell means no value).</summary>
public sealed class ObservationsWideCsvImporter : IDatasetImporter
{
    internal static IReadOnlyList<string> Required { get; } = ["area", "period"];

    internal static IReadOnlyList<string> Optional { get; } = ["sex", "age", "group", "disability", "urbanisation", "status", "source", ObservationsCsvImporter.AreaParent];

    public string Format => "observations-wide";

    public string Description => "observations, wide form: area,period[,sex,age,group,disability,urbanisation,status,source,area_parent],INDICATOR1,INDICATOR2,...";

    public DatasetKind Kind => DatasetKind.Observations;

    public ImportOptions Options => ImportOptions.MatchAreas;

    /// <summary>Whether a file's head has this layout's header (asked by the one format detector).</summary>
    internal static bool Recognises(FileHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var cols = head.HeaderColumns;
        return head.Extension is ".csv" or ".txt" && Required.All(cols.Contains) && !cols.Contains("indicator") && !cols.Contains("value")
            && cols.Count > cols.Count(c => Required.Contains(c) || Optional.Contains(c));
    }

    public Task<ImportResult> ImportAsync(ImportRequest request, IStore store, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        CsvImport.RunAsync(this, request, store, progress, async (csv, session, problems, ct) =>
        {
            var counts = new Dictionary<string, long> { ["observations"] = 0 };
            if (!csv.CheckNotEmpty(problems, "area,period,INDICATOR1,INDICATOR2")) return counts;
            var columns = CsvColumns.Map(csv, Required, Optional, allowOthers: true, problems);
            ObservationsCsvImporter.CheckAreaParent(csv, columns, request, problems);
            var fields = await ObservationStoreCodes.LoadAsync(csv.FileName, store, request.MatchAreas, ct).ConfigureAwait(false);
            var indicatorColumns = IndicatorColumns(csv, columns, fields, problems);
            if (problems.HasErrors) return counts;
            var sink = new ObservationSink(fields, session, problems, (int)Math.Min((long)ObservationsCsvImporter.EstimateRows(csv) * Math.Max(1, indicatorColumns.Count), 50_000_000));
            var parsed = new List<ParsedObservation>();
            var errorKey = 0;
            foreach (var row in csv.Reader)
            {
                parsed.Clear();
                if (csv.CheckColumnCount(row, problems)) ParseRow(row, columns, indicatorColumns, fields, parsed, ref errorKey);
                var publishAt = (row.RowIndex & CsvFile.PublishMask) == 0 ? row.LineNumberFrom : 0;
                foreach (var obs in parsed) await sink.AddAsync(obs, ct).ConfigureAwait(false);
                if (publishAt > 0) csv.Publish(sink.Count, publishAt, problems);
            }
            fields.AreaNames?.AddTo(csv.Report, problems, csv.FileName);
            await sink.FinishAsync(csv.Phases, store, ct).ConfigureAwait(false);
            counts["observations"] = sink.Count;
            return counts;
        }, cancellationToken);

    private static void ParseRow(nietras.SeparatedValues.SepReader.Row row, CsvColumns columns, List<(int Index, string Name, int Id)> indicatorColumns,
        ObservationFields fields, List<ParsedObservation> output, ref int errorKey)
    {
        var template = new ParsedObservation { Line = row.LineNumberFrom, ErrorKey = errorKey++ };
        fields.Area(ref template, row[columns["area"]].Span, columns[ObservationsCsvImporter.AreaParent] is var p and >= 0 ? row[p].Span : [], "area");
        fields.Period(ref template, row[columns["period"]].Span, "period");
        if (columns["status"] is var st and >= 0) fields.Status(ref template, row[st].Span, "status");
        template.Sex = Dim(row, columns["sex"], fields);
        template.Age = Dim(row, columns["age"], fields);
        template.Group = Dim(row, columns["group"], fields);
        template.Disability = Dim(row, columns["disability"], fields);
        template.Urbanisation = Dim(row, columns["urbanisation"], fields);
        template.Source = columns["source"] is var so and >= 0 ? fields.Optional(row[so].Span) : 0;
        if (template.HasErrors || template.Area <= -2) { output.Add(template); return; } // one entry for the row, not one per indicator
        foreach (var (index, name, id) in indicatorColumns)
        {
            var cell = row[index].Span;
            if (cell.Trim().IsEmpty && template.Status != fields.MissingId) continue;
            var obs = template with { Indicator = id, ErrorKey = errorKey++ };
            fields.Value(ref obs, cell, name);
            output.Add(obs);
        }
    }

    private static int Dim(nietras.SeparatedValues.SepReader.Row row, int index, ObservationFields fields) =>
        index >= 0 ? fields.Dimension(row[index].Span) : fields.TotalId;

    private static List<(int Index, string Name, int Id)> IndicatorColumns(CsvFile csv, CsvColumns columns, ObservationFields fields, ProblemList problems)
    {
        var list = new List<(int, string, int)>();
        foreach (var (index, name) in columns.Others)
        {
            var id = fields.Indicators.IdOf(name);
            if (id < 0) problems.Error(Problem.At(csv.FileName, 1, name), $"column '{name}' is not a known indicator code nor one of area, period, {string.Join(", ", Optional)}; expected an indicator in the store");
            else list.Add((index, name, id));
        }
        if (list.Count == 0 && columns.Others.Count == 0)
            problems.Error(Problem.At(csv.FileName, 1), "no indicator columns; expected one column per indicator after area and period");
        return list;
    }
}
