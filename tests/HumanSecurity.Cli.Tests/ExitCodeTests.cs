using System.CommandLine;
using HumanSecurity.Cli.Commands;
using HumanSecurity.Cli.Tests.Runs;
using HumanSecurity.Storage;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests;

/// <summary>The one exception → exit-code map, per failure kind, for every command of the tree: each leaf command has a
/// usage case, each command with <c>--db</c> a store-unavailable case, and each command that reads input an
/// invalid-input case (a command added without its cases fails <see cref="Table_CoversEveryCommand"/>).</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class ExitCodeTests(ExitCodeTests.Setup setup) : IClassFixture<ExitCodeTests.Setup>
{
    /// <summary>A valid store, a file that is no store, an existing plain file and a data file.</summary>
    public sealed class Setup : IAsyncLifetime
    {
        public TempDirectory Dir { get; } = new();

        public string Db { get; private set; } = "";

        public string Garbage => Dir.File("garbage.duckdb");

        public string PlainFile => Dir.File("plain.txt");

        public string Missing => Dir.File("missing.csv");

        public string Data => Dir.File("d.csv");

        public string Observations => Dir.File("obs2025.csv");

        public async ValueTask InitializeAsync()
        {
            Db = await RunsTestStore.CreateAsync(Dir);
            Dir.Write("garbage.duckdb", "this is not a DuckDB file");
            Dir.Write("plain.txt", "x");
            Dir.Write("d.csv", "unit,FLOOD,DROUGHT,POOR\nA,1,2,3\nB,2,3,4\n");
            Dir.Write("obs2025.csv", "indicator,area,period,value\nFLOOD,XA01,2025,3\n");
        }

        public ValueTask DisposeAsync()
        {
            Dir.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    public enum Failure
    {
        Usage,
        InvalidInput,
        StoreUnavailable,
    }

    private static readonly Dictionary<Failure, int> Expected = new()
    {
        [Failure.Usage] = ExitCodes.Usage,
        [Failure.InvalidInput] = ExitCodes.InvalidInput,
        [Failure.StoreUnavailable] = ExitCodes.StoreUnavailable,
    };

    /// <summary>Leaf commands with no input to reject (nothing but options of their own).</summary>
    private static readonly string[] NoInput = ["serve", "init", "indicators", "datasets", "models list", "runs list", "about", "verify", "tokens create", "tokens list", "audit"];

    /// <summary>{GARBAGE} is a file that is no store, {DB} a valid store, {PLAIN} an existing file, {MISSING} no file, {DATA} a data file, {DIR} a fresh directory.</summary>
    public static TheoryData<string, Failure, string> Cases() => new()
    {
        { "demo", Failure.Usage, "demo --port 70000" },
        { "demo", Failure.StoreUnavailable, "demo --db {GARBAGE} --data {DIR}/data --no-serve" },
        { "demo", Failure.InvalidInput, "demo --db {DIR}/demo.duckdb --data {PLAIN} --no-serve" },
        { "demo-data", Failure.Usage, "demo-data" },
        { "demo-data", Failure.InvalidInput, "demo-data --out {PLAIN}" },
        { "serve", Failure.Usage, "serve --port 70000" },
        { "serve", Failure.StoreUnavailable, "serve --db {GARBAGE} --port 0" },
        { "init", Failure.Usage, "init --no-such-option" },
        { "init", Failure.StoreUnavailable, "init --db {GARBAGE}" },
        { "import", Failure.Usage, "import" },
        { "import", Failure.InvalidInput, "import {MISSING} --db {DB}" },
        { "import", Failure.StoreUnavailable, "import {DATA} --format observations --db {GARBAGE}" },
        { "inspect", Failure.Usage, "inspect {DATA} --format nope" },
        { "inspect", Failure.InvalidInput, "inspect {MISSING}" },
        { "export", Failure.Usage, "export --out {DIR}/x.csv" },
        { "export", Failure.InvalidInput, "export --format nope --out {DIR}/x.csv --db {DB}" },
        { "export", Failure.StoreUnavailable, "export --format hxl --out {DIR}/x.csv --db {GARBAGE}" },
        { "areas", Failure.Usage, "areas --no-such-option" },
        { "areas", Failure.InvalidInput, "areas --kind nope --db {DB}" },
        { "areas", Failure.StoreUnavailable, "areas --db {GARBAGE}" },
        { "indicators", Failure.Usage, "indicators --no-such-option" },
        { "indicators", Failure.StoreUnavailable, "indicators --db {MISSING}" },
        { "datasets", Failure.Usage, "datasets --no-such-option" },
        { "datasets", Failure.StoreUnavailable, "datasets --db {GARBAGE}" },
        { "store copy", Failure.Usage, "store copy --from {DB}" },
        { "store copy", Failure.InvalidInput, "store copy --from {DB} --to clickhouse://127.0.0.1:0/db" },
        { "store copy", Failure.StoreUnavailable, "store copy --from {GARBAGE} --to clickhouse://127.0.0.1:1/db" },
        { "index from-coinr", Failure.Usage, "index from-coinr --data {DATA}" },
        { "index from-coinr", Failure.InvalidInput, "index from-coinr --data {MISSING} --meta {MISSING} --out {DIR}/c" },
        { "index run", Failure.Usage, "index run --model small --data {DATA}" },
        { "index run", Failure.InvalidInput, "index run --model no-such-model --data {DATA} --out {DIR}/o" },
        { "index run", Failure.StoreUnavailable, "index run --model human-security --db {GARBAGE}" },
        { "index sensitivity", Failure.Usage, "index sensitivity --model x --data {DATA} --out {DIR}/s --vary nope" },
        { "index sensitivity", Failure.InvalidInput, "index sensitivity --model no-such-model --data {DATA} --out {DIR}/s --vary weights:0.1" },
        { "poverty spec", Failure.Usage, "poverty spec" },
        { "poverty spec", Failure.InvalidInput, "poverty spec no-such-spec" },
        { "poverty run", Failure.Usage, "poverty run --spec global-mpi --db {DB} --out {DIR}/p" },
        { "poverty run", Failure.InvalidInput, "poverty run --spec no-such-spec --data {DATA} --out {DIR}/p" },
        { "poverty run", Failure.StoreUnavailable, "poverty run --spec global-mpi --db {GARBAGE} --dataset 1 --out {DIR}/p" },
        { "poverty perception", Failure.Usage, "poverty perception --spec perception-wvs" },
        { "poverty perception", Failure.InvalidInput, "poverty perception --spec perception-wvs --data {MISSING} --out {DIR}/q" },
        { "report", Failure.Usage, "report --out {DIR}/r.html --db {DB}" },
        { "report", Failure.InvalidInput, "report --area NOPE --out {DIR}/r.html --db {DB}" },
        { "report", Failure.StoreUnavailable, "report --area XA01 --out {DIR}/r.html --db {GARBAGE}" },
        { "models list", Failure.Usage, "models list --no-such-option" },
        { "runs list", Failure.Usage, "runs list --no-such-option" },
        { "runs list", Failure.StoreUnavailable, "runs list --db {GARBAGE}" },
        { "runs show", Failure.Usage, "runs show one --db {DB}" },
        { "runs show", Failure.InvalidInput, "runs show 99 --db {DB}" },
        { "runs show", Failure.StoreUnavailable, "runs show 1 --db {GARBAGE}" },
        { "runs delete", Failure.Usage, "runs delete" },
        { "runs delete", Failure.InvalidInput, "runs delete 99 --db {DB}" },
        { "runs delete", Failure.StoreUnavailable, "runs delete 1 --db {MISSING}" },
        { "verify", Failure.Usage, "verify" },
        { "verify", Failure.StoreUnavailable, "verify --db {GARBAGE} --run 1" },
        { "about", Failure.Usage, "about --no-such-option" },
        { "tokens create", Failure.Usage, "tokens create --role root --name x --db {DB}" },
        { "tokens create", Failure.StoreUnavailable, "tokens create --role admin --name x --db {GARBAGE}" },
        { "tokens list", Failure.Usage, "tokens list --no-such-option" },
        { "tokens list", Failure.StoreUnavailable, "tokens list --db {GARBAGE}" },
        { "tokens revoke", Failure.Usage, "tokens revoke" },
        { "tokens revoke", Failure.InvalidInput, "tokens revoke 99 --db {DB}" },
        { "tokens revoke", Failure.StoreUnavailable, "tokens revoke 1 --db {MISSING}" },
        { "audit", Failure.Usage, "audit --limit 0" },
        { "audit", Failure.StoreUnavailable, "audit --db {GARBAGE}" },
        { "serve", Failure.InvalidInput, "serve --db {DB} --host 0.0.0.0 --port 0" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Command_FailureKind_DocumentedExitCode(string command, Failure failure, string line)
    {
        using var dir = new TempDirectory();
        var args = line.Split(' ').Select(a => a.Replace("{GARBAGE}", setup.Garbage, StringComparison.Ordinal).Replace("{DB}", setup.Db, StringComparison.Ordinal)
            .Replace("{PLAIN}", setup.PlainFile, StringComparison.Ordinal).Replace("{MISSING}", setup.Missing, StringComparison.Ordinal)
            .Replace("{DATA}", setup.Data, StringComparison.Ordinal).Replace("{DIR}", dir.Path, StringComparison.Ordinal)).ToArray();
        var r = await CliHarness.RunAsync(args);
        Assert.True(r.Exit == Expected[failure], $"{command} ({failure}): '{line}' exited {r.Exit}, expected {Expected[failure]}\n{r.Out}\n{r.Err}");
        Assert.DoesNotContain("   at ", r.Err, StringComparison.Ordinal);
        if (failure != Failure.Usage || r.Err.Length > 0) Assert.StartsWith("error: ", (r.Err + r.Out).TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void Table_CoversEveryCommand()
    {
        var cases = Cases().Select(row => (row.Data.Item1, row.Data.Item2)).ToHashSet();
        foreach (var (path, command) in Leaves(HsoApp.CreateRoot(), ""))
        {
            Assert.True(cases.Contains((path, Failure.Usage)), $"'{path}' has no usage case");
            if (command.Options.Any(o => o.Name == "--db"))
                Assert.True(cases.Contains((path, Failure.StoreUnavailable)), $"'{path}' reads a store but has no store-unavailable case");
            if (!NoInput.Contains(path))
                Assert.True(cases.Contains((path, Failure.InvalidInput)), $"'{path}' has no invalid-input case (or list it in NoInput)");
        }
    }

    [Theory]
    [InlineData("import {OBS} --db {DB}")]
    [InlineData("index run --model human-security --db {DB}")]
    [InlineData("verify --db {DB} --run 1")]
    public async Task Cancelled_Exits130_NothingWritten(string line)
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var before = await File.ReadAllBytesAsync(setup.Db, TestContext.Current.CancellationToken);
        var args = line.Split(' ').Select(a => a.Replace("{DB}", setup.Db, StringComparison.Ordinal).Replace("{DATA}", setup.Data, StringComparison.Ordinal)
            .Replace("{OBS}", setup.Observations, StringComparison.Ordinal)).ToArray();
        var (oldErr, err) = (Console.Error, new StringWriter());
        Console.SetError(err);
        int exit;
        try { exit = await HsoApp.RunAsync(args, cancelled.Token); }
        finally { Console.SetError(oldErr); }
        Assert.True(exit == ExitCodes.Cancelled, $"'{line}' exited {exit}: {err}");
        Assert.Contains("error: cancelled; nothing was written", err.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(setup.Db, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task UnexpectedException_Exits70_PleaseReportNoStackTrace()
    {
        var root = new RootCommand("test");
        var boom = new Command("boom");
        boom.SetAction((Func<ParseResult, int>)(_ => throw new InvalidOperationException("a bug")));
        root.Subcommands.Add(boom);
        var (oldErr, err) = (Console.Error, new StringWriter());
        Console.SetError(err);
        int exit;
        try { exit = await HsoApp.RunAsync(["boom"], CancellationToken.None, root); }
        finally { Console.SetError(oldErr); }
        Assert.Equal(ExitCodes.InternalError, exit);
        Assert.Equal("error: internal error (InvalidOperationException): a bug; please report it", err.ToString().Trim());
    }

    public static TheoryData<string, int> Exceptions() => new()
    {
        { "invalid input", ExitCodes.InvalidInput },
        { "warnings only", ExitCodes.InvalidInput },
        { "io", ExitCodes.InvalidInput },
        { "access", ExitCodes.InvalidInput },
        { "usage", ExitCodes.Usage },
        { "store", ExitCodes.StoreUnavailable },
        { "cancelled", ExitCodes.Cancelled },
        { "task cancelled", ExitCodes.Cancelled },
        { "aggregate of invalid input", ExitCodes.InvalidInput },
        { "bug", ExitCodes.InternalError },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void Map_EveryExceptionKind_OneExitCode(string kind, int code)
    {
        Exception e = kind switch
        {
            "invalid input" => new InvalidInputException("f.csv:3", "bad"),
            "warnings only" => new InvalidInputException([Problem.Warning("f.csv:3", "odd")]),
            "io" => new IOException("disk full"),
            "access" => new UnauthorizedAccessException("denied"),
            "usage" => new UsageException("--x"),
            "store" => new StoreUnavailableException("s.duckdb", "locked"),
            "cancelled" => new OperationCanceledException(),
            "task cancelled" => new TaskCanceledException(),
            "aggregate of invalid input" => new AggregateException(new InvalidInputException("x", "y")),
            _ => new NullReferenceException(),
        };
        Assert.Equal(code, CliErrors.ExitCode(e));
    }

    [Fact]
    public async Task Report_WarningsOnly_PrintsThemAndAnError()
    {
        using var err = new StringWriter();
        var exit = await CliErrors.ReportAsync(new InvalidInputException([Problem.Warning("f.csv:3", "odd value")]), err);
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.StartsWith("warning: f.csv:3: odd value", err.ToString(), StringComparison.Ordinal);
        Assert.Contains("error: ", err.ToString(), StringComparison.Ordinal);
    }

    private static IEnumerable<(string Path, Command Command)> Leaves(Command command, string prefix)
    {
        foreach (var sub in command.Subcommands)
        {
            var path = prefix.Length == 0 ? sub.Name : $"{prefix} {sub.Name}";
            if (sub.Subcommands.Count == 0) yield return (path, sub);
            else foreach (var leaf in Leaves(sub, path)) yield return leaf;
        }
    }
}
