using System.Text;
using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Tests.Csv;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Import;

/// <summary>Progress comes in phases (read, check, stage, commit), counts accepted rows only, and reports the read share
/// of the file together with the rows counted at that moment.</summary>
public sealed class ImportPhasesTests : ImportTestBase
{
    private sealed class Recorder : IProgress<ImportProgress>
    {
        public List<ImportProgress> Reports { get; } = [];

        public void Report(ImportProgress value)
        {
            lock (Reports) Reports.Add(value);
        }
    }

    private async Task<(ImportResult Result, List<ImportProgress> Reports)> ImportAsync(string format, string path)
    {
        var recorder = new Recorder();
        var request = new ImportRequest(path) { ProgressInterval = TimeSpan.Zero };
        var result = await DatasetImporters.Find(format)!.ImportAsync(request, Store, recorder, Ct);
        return (result, recorder.Reports);
    }

    private string LongFile(int rows)
    {
        var text = new StringBuilder("indicator,area,period,value\n");
        for (var i = 0; i < rows; i++) text.Append(i % 2 == 0 ? "FLOOD" : "LIT").Append(",XA0").Append(1 + i / 2 % 2).Append(',').Append(1000 + i / 48).Append('-').Append((1 + i / 4 % 12).ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append(",1.5\n");
        return Write("long.csv", text.ToString().TrimEnd('\n'));
    }

    [Fact]
    public async Task LongCsv_PhasesInOrder_RowsMatchTheShareRead()
    {
        const int rows = 60_000;
        var (result, reports) = await ImportAsync("observations", LongFile(rows));
        Assert.Equal(rows, result.RowCounts["observations"]);
        Assert.Equal([ImportPhase.Read, ImportPhase.Check, ImportPhase.Stage, ImportPhase.Commit], reports.Select(r => r.Phase).Distinct());
        var read = reports.Where(r => r.Phase == ImportPhase.Read && !r.Done && r.TotalBytes > 0).ToList();
        Assert.True(read.Count >= 5, $"{read.Count} read reports");
        foreach (var r in read)
        {
            Assert.True(r.Fraction < 1, "a read report said 100 % before the read ended");
            Assert.InRange(r.Rows, 0, rows);
            // The share is that of the line reached when the rows were counted, not of the bytes the parser has read ahead.
            Assert.True(Math.Abs((double)r.Rows / rows - r.Fraction!.Value) < 0.05, $"{r.Rows} rows at {r.Fraction:P0}");
        }
        var commit = reports.Where(r => r.Phase == ImportPhase.Commit).ToList();
        Assert.Equal([(false, rows), (true, rows)], commit.Select(r => (r.Done, (int)r.Rows)));
        Assert.True(reports.IndexOf(commit[0]) > reports.FindLastIndex(r => r.Phase == ImportPhase.Read));
    }

    [Fact]
    public async Task RejectedFile_NoCommitAndErrorsCounted()
    {
        var path = Write("bad.csv", "indicator,area,period,value\nFLOOD,XA01,2024,1\nFLOOD,XA01,2025,x\nFLOOD,ZZ,2024,2");
        var recorder = new Recorder();
        await Assert.ThrowsAsync<InvalidInputException>(() => DatasetImporters.Find("observations")!.ImportAsync(new ImportRequest(path), Store, recorder, Ct));
        Assert.DoesNotContain(recorder.Reports, r => r.Phase == ImportPhase.Commit);
        var readDone = Assert.Single(recorder.Reports, r => r.Phase == ImportPhase.Read && r.Done);
        Assert.Equal((1L, 2), (readDone.Rows, readDone.Errors));
    }

    /// <summary>The official CAR workbook is rejected (duplicate admin-4 P-codes): progress never reaches a commit.</summary>
    [Fact]
    public async Task RejectedGazetteer_NeverCommits()
    {
        var recorder = new Recorder();
        await Assert.ThrowsAsync<InvalidInputException>(() => DatasetImporters.Find("cod-ab-gazetteer")!
            .ImportAsync(new ImportRequest(Fixtures.Get("cod-ab", "caf_cod_ab_gazetteer.xlsx")), Store, recorder, Ct));
        Assert.DoesNotContain(recorder.Reports, r => r.Phase == ImportPhase.Commit);
        Assert.All(recorder.Reports.Where(r => r.Done), r => Assert.Equal(4, r.Errors));
    }
}
