using System.Diagnostics;
using System.Globalization;
using HumanSecurity.DuckDb;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests;

/// <summary>Issue 10, crash harness: starts <c>hso</c> as a child process (the release build's <c>hso.dll</c>) on a copy
/// of a store holding the demo gazetteer, catalogue, survey and observations, kills it (SIGKILL) at a seeded random moment during an
/// import (and its commit), an index run or a poverty run, then opens the store and checks that it holds exactly the
/// committed datasets and runs: the baseline, or the baseline plus the whole new dataset or run, never part of one.
/// A few kills per operation in <c>./test.sh</c>; <c>HSO_CRASH_RUNS=200</c> (<c>./test.sh crash</c>) for hundreds.</summary>
public sealed class CrashHarnessTests(CrashHarnessTests.Baseline baseline) : IClassFixture<CrashHarnessTests.Baseline>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int Runs => int.TryParse(Environment.GetEnvironmentVariable("HSO_CRASH_RUNS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 3;

    public static TheoryData<string> Operations => ["import", "index", "poverty"];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task KilledAtRandomMoments_StoreHoldsExactlyTheCommittedDatasetsAndRuns(string operation)
    {
        var complete = await baseline.CompleteAsync(operation, Ct);
        var random = new Random(20261204 + operation.Length);
        for (var i = 0; i < Runs; i++)
        {
            using var dir = new TempDirectory();
            var db = dir.File("s.duckdb");
            File.Copy(baseline.Store, db);
            var killAfter = random.Next(0, (int)Math.Max(50, complete.Duration.TotalMilliseconds * 1.2));
            var killed = ChildHso.RunAndKill(killAfter, baseline.Args(operation, db, dir.Path));
            var state = await StoreState.ReadAsync(db, Ct);
            var what = $"{operation} #{i}, killed after {killAfter} ms ({(killed ? "killed" : "finished")})";
            if (state.Equals(baseline.State)) continue;
            Assert.True(state.Equals(complete.State), $"{what}: store holds {state}, expected {baseline.State} or {complete.State}");
        }
    }

    /// <summary>What a store holds, compared across runs: datasets (kind, file, rows), observations, runs (kind, model)
    /// and score rows per run.</summary>
    public sealed record StoreState(string Datasets, long Observations, string Runs)
    {
        public static async Task<StoreState> ReadAsync(string path, CancellationToken ct)
        {
            await using var store = DuckDbStore.Open(path);
            var datasets = await store.GetDatasetsAsync(ct);
            var summary = await store.GetSummaryAsync(ct);
            var runs = new List<string>();
            foreach (var r in await store.GetRunsAsync(ct))
                runs.Add($"{r.Kind}:{r.Model}:{(await store.GetScoresAsync(r.Id, ct)).Count}");
            return new StoreState(string.Join(";", datasets.Select(d => $"{d.Id}:{d.Kind}:{d.SourceFile}:{d.RowCount}")), summary.Observations, string.Join(";", runs));
        }
    }

    /// <summary>The demo data, a store with the gazetteer, catalogue, survey and observations committed, and the state each operation
    /// leaves when it runs to the end (measured once).</summary>
    public sealed class Baseline : IAsyncLifetime
    {
        private readonly TempDirectory _dir = new();
        private readonly Dictionary<string, (StoreState State, TimeSpan Duration)> _complete = [];

        public string Store => _dir.File("baseline.duckdb");

        public StoreState State { get; private set; } = null!;

        private string Data => _dir.File("demo");

        public async ValueTask InitializeAsync()
        {
            ChildHso.Run("demo-data", "--out", Data);
            ChildHso.Run("init", "--db", Store);
            foreach (var file in new[] { "areas.csv", "indicators.csv", "survey_households.csv", "observations.csv" })
                ChildHso.Run("import", Path.Combine(Data, file), "--db", Store);
            State = await StoreState.ReadAsync(Store, CancellationToken.None);
        }

        public string[] Args(string operation, string db, string outDir) => operation switch
        {
            "import" => ["import", Path.Combine(Data, "events.csv"), "--db", db],
            "index" => ["index", "run", "--model", "human-security", "--db", db, "--out", Path.Combine(outDir, "index")],
            _ => ["poverty", "run", "--spec", "global-mpi", "--db", db, "--dataset", "3", "--by", "adm2", "--out", Path.Combine(outDir, "poverty")],
        };

        /// <summary>The state and duration of an operation that is not killed.</summary>
        public async Task<(StoreState State, TimeSpan Duration)> CompleteAsync(string operation, CancellationToken ct)
        {
            if (_complete.TryGetValue(operation, out var known)) return known;
            var db = _dir.File($"complete-{operation}.duckdb");
            File.Copy(Store, db, overwrite: true);
            var watch = Stopwatch.StartNew();
            ChildHso.Run([.. Args(operation, db, _dir.File($"out-{operation}"))]);
            var result = (await StoreState.ReadAsync(db, ct), watch.Elapsed);
            Assert.NotEqual(State, result.Item1);
            return _complete[operation] = result;
        }

        public ValueTask DisposeAsync()
        {
            _dir.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
