using HumanSecurity.Areas;
using HumanSecurity.ClickHouse.Http;
using HumanSecurity.Indicators;
using HumanSecurity.Programmes;
using HumanSecurity.Storage;

namespace HumanSecurity.ClickHouse.Import;

/// <summary>Catalogue rows of one import (areas, populations, geometries, indicators, programmes), encoded as they are
/// added and written at commit. Each row carries the dataset id and a sequence number: reads keep, per key, the row of
/// the latest dataset and, within it, the one added last (a code given twice in one import: the last wins).</summary>
internal sealed class CatalogueRows(long datasetId)
{
    private readonly RowBinaryWriter _areas = new();
    private readonly RowBinaryWriter _populations = new();
    private readonly RowBinaryWriter _geometries = new();
    private readonly RowBinaryWriter _indicators = new();
    private readonly RowBinaryWriter _programmes = new();
    private readonly HashSet<string> _geometryAreas = new(StringComparer.Ordinal);
    private ulong _seq;
    private long _areaCount;
    private long _indicatorCount;
    private long _programmeCount;

    /// <summary>Rows as the dataset's row count gives them: areas, indicators and programmes as added, geometries per area.</summary>
    public long RowCount => _areaCount + _indicatorCount + _programmeCount + _geometryAreas.Count;

    private void Key(RowBinaryWriter w)
    {
        w.UInt64((ulong)datasetId);
        w.UInt64(_seq++);
    }

    public void AddAreas(IReadOnlyList<Area> areas)
    {
        foreach (var a in areas)
        {
            Key(_areas);
            _areas.String(a.Code);
            _areas.String(a.Name);
            _areas.String(a.Kind.ToCode());
            _areas.NullableString(a.ParentCode);
            _areas.NullableString(a.GeometryRef);
            _areas.NullableInt32(Times.ToDays(a.ValidFrom));
            _areas.NullableInt32(Times.ToDays(a.ValidTo));
            _areas.NullableString(StoreEncoding.NamesToJson(a.AlternateNames));
            foreach (var p in a.Populations) AddPopulation(a.Code, p);
        }
        _areaCount += areas.Count;
    }

    public void AddPopulations(IReadOnlyList<KeyValuePair<string, AreaPopulation>> populations)
    {
        foreach (var (area, p) in populations) AddPopulation(area, p);
    }

    private void AddPopulation(string area, AreaPopulation p)
    {
        Key(_populations);
        _populations.String(area);
        _populations.Int32(Times.ToDays(p.Period.Start));
        _populations.Int8((sbyte)p.Period.Kind);
        _populations.Float64(p.Population);
    }

    public void AddIndicators(IReadOnlyList<Indicator> indicators)
    {
        foreach (var i in indicators)
        {
            Key(_indicators);
            _indicators.String(i.Code);
            _indicators.String(i.Name);
            _indicators.String(i.Unit);
            _indicators.String(i.Direction.ToCode());
            _indicators.NullableString(i.Cluster?.ToCode());
            _indicators.String(IndicatorVocabulary.ToCodes(i.Types));
            _indicators.String(IndicatorVocabulary.ToCodes(i.Impacts));
            _indicators.String(i.Timeframe.ToCode());
            foreach (var text in (string?[])[i.SdgTarget, i.Source, i.UpdateFrequency, i.Licence, i.Description]) _indicators.NullableString(text);
        }
        _indicatorCount += indicators.Count;
    }

    public void AddProgrammes(IReadOnlyList<Programme> programmes)
    {
        foreach (var p in programmes)
        {
            Key(_programmes);
            _programmes.String(p.Id);
            _programmes.String(p.Title);
            _programmes.NullableString(p.Status);
            _programmes.NullableInt32(Times.ToDays(p.Start));
            _programmes.NullableInt32(Times.ToDays(p.End));
            _programmes.String(StoreEncoding.JoinList(p.Areas));
            _programmes.String(StoreEncoding.JoinList(p.Clusters.Select(c => c.ToCode())));
            _programmes.String(StoreEncoding.JoinList(p.Sdgs));
            _programmes.NullableFloat64(p.Budget);
            _programmes.NullableString(p.Currency);
            _programmes.NullableFloat64(p.Leveraged);
            _programmes.NullableString(p.Funder);
            _programmes.Bool(p.Prevention);
            _programmes.NullableFloat64(p.TargetPeople);
        }
        _programmeCount += programmes.Count;
    }

    public void AddGeometry(string areaCode, string geoJson)
    {
        ArgumentNullException.ThrowIfNull(areaCode);
        ArgumentNullException.ThrowIfNull(geoJson);
        Key(_geometries);
        _geometries.String(areaCode);
        _geometries.String(geoJson);
        _geometryAreas.Add(areaCode);
    }

    public async Task WriteAsync(ClickHouseNode home, CancellationToken ct)
    {
        (string Table, string Columns, RowBinaryWriter Rows)[] tables =
        [
            ("areas", "dataset_id, seq, code, name, kind, parent, geometry_ref, valid_from, valid_to, alternate_names", _areas),
            ("area_populations", "dataset_id, seq, area, period_start, period_kind, population", _populations),
            ("area_geometries", "dataset_id, seq, area, geojson", _geometries),
            ("indicators", "dataset_id, seq, code, name, unit, direction, cluster, types, impacts, timeframe, sdg_target, source, update_frequency, licence, description", _indicators),
            ("programmes", "dataset_id, seq, id, title, status, start_date, end_date, areas, clusters, sdgs, budget, currency, leveraged, funder, prevention, target_people", _programmes),
        ];
        foreach (var (table, columns, rows) in tables)
            if (rows.Length > 0) await home.InsertAsync(table, columns, rows, ct).ConfigureAwait(false);
    }
}
