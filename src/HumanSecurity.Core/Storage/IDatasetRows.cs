using HumanSecurity.Observations;

namespace HumanSecurity.Storage;

/// <summary>A store that can give each dataset's own rows, so that a whole store can be copied to another backend with
/// its provenance (<c>hso store copy</c>): every dataset keeps its id, time, counts and the rows it wrote.</summary>
public interface IDatasetRows
{
    /// <summary>The catalogue rows and survey tables dataset <paramref name="datasetId"/> wrote that the store keeps.</summary>
    Task<DatasetRows> GetDatasetRowsAsync(long datasetId, CancellationToken cancellationToken = default);

    /// <summary>The observations dataset <paramref name="datasetId"/> added, in chunks.</summary>
    IAsyncEnumerable<ObservationChunk> GetDatasetObservationsAsync(long datasetId, CancellationToken cancellationToken = default);
}
