using HumanSecurity.Formats.Catalogue;
using HumanSecurity.Formats.Import;
using HumanSecurity.Indicators;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Csv;

/// <summary>Indicator catalogue as CSV: <c>code,name,unit,direction,cluster,types,impacts,timeframe,sdg,source,frequency,licence[,description]</c>.
/// Lists (types, impacts) are <c>|</c>-separated. Codes already in the store are replaced.</summary>
public sealed class IndicatorsCsvImporter : IDatasetImporter
{
    public string Format => "indicators";

    public string Description => "indicator catalogue (CSV): " + CsvColumns.Describe(IndicatorFields.Required, IndicatorFields.Optional);

    public DatasetKind Kind => DatasetKind.Indicators;

    public Task<ImportResult> ImportAsync(ImportRequest request, IStore store, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        CsvImport.RunAsync(this, request, store, progress, async (csv, session, problems, ct) =>
        {
            if (!csv.CheckNotEmpty(problems, string.Join(',', IndicatorFields.Required.Concat(IndicatorFields.Optional))))
                return new Dictionary<string, long> { ["indicators"] = 0 };
            var columns = CsvColumns.Map(csv, IndicatorFields.Required, IndicatorFields.Optional, allowOthers: false, problems);
            var parsed = new List<(Indicator, string)>();
            if (!problems.HasErrors)
            {
                foreach (var row in csv.Reader)
                {
                    if (!csv.CheckColumnCount(row, problems)) continue;
                    var line = row.LineNumberFrom;
                    var values = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var field in IndicatorFields.Required.Concat(IndicatorFields.Optional))
                    {
                        if (columns[field] is var i and >= 0) values[field] = row[i].Span.Trim().ToString();
                    }
                    var indicator = IndicatorFields.Read(values.GetValueOrDefault, f => Problem.At(csv.FileName, line, f), problems);
                    if (indicator is not null) parsed.Add((indicator, Problem.At(csv.FileName, line, "code")));
                }
            }
            csv.Phases.End(parsed.Count, problems.ErrorCount);
            csv.Phases.Start(ImportPhase.Stage, parsed.Count);
            return await IndicatorCatalogue.StageAsync(parsed, session, problems, ct).ConfigureAwait(false);
        }, cancellationToken);
}
