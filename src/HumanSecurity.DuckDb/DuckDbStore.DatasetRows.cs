using HumanSecurity.Areas;
using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.DuckDb;

public sealed partial class DuckDbStore : IDatasetRows
{
    /// <summary>The rows of one dataset (each catalogue row carries the dataset that last wrote it), for <c>hso store copy</c>.</summary>
    public Task<DatasetRows> GetDatasetRowsAsync(long datasetId, CancellationToken cancellationToken = default) =>
        WithGateAsync(() =>
        {
            var where = $"WHERE dataset_id = {datasetId}";
            var populations = ReadAll($"SELECT area, period_start, period_kind, population FROM area_populations {where} ORDER BY area, period_start, period_kind",
                r => new KeyValuePair<string, AreaPopulation>(r.GetString(0),
                    new AreaPopulation(Sql.ToPeriod(r.GetFieldValue<DateOnly>(1), r.GetFieldValue<sbyte>(2)), r.GetDouble(3))));
            return new DatasetRows(
                ReadAll($"SELECT {AreaColumns} FROM areas {where} ORDER BY code", ReadArea),
                populations,
                ReadAll($"SELECT area, geojson FROM area_geometries {where} ORDER BY area", r => new KeyValuePair<string, string>(r.GetString(0), r.GetString(1))),
                ReadAll($"SELECT {IndicatorColumns} FROM indicators {where} ORDER BY code", ReadIndicator),
                ReadAll($"SELECT {ProgrammeColumns} FROM programmes {where} ORDER BY id", ReadProgramme),
                ReadAll($"SELECT role FROM survey_tables {where} ORDER BY role", r => r.GetString(0)));
        }, cancellationToken);

    public IAsyncEnumerable<ObservationChunk> GetDatasetObservationsAsync(long datasetId, CancellationToken cancellationToken = default) =>
        StreamObservationsAsync(connection => Sql.Command(connection,
            $"SELECT {ObservationColumns} FROM observations WHERE dataset_id = ? ORDER BY indicator, area, period_start, period_kind, sex, age, grp, disability, urbanisation",
            datasetId), cancellationToken);
}
