using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using HumanSecurity.Formats.Runs;
using HumanSecurity.Runs;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso verify --db DB --run ID</c> or <c>hso verify OUT/run.json</c>: recomputes a run from its manifest and
/// the datasets or files it names, compares every score, and exits 0 (equal), 1 (different) or 3 (cannot verify).</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo?>("run.json") { Description = "Manifest of a file-mode run (OUT/run.json)", Arity = ArgumentArity.ZeroOrOne };
        var db = StoreOptions.Db();
        var run = new Option<long?>("--run") { Description = "Id of a store run (hso runs list)" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var command = new Command("verify", "Recompute a saved run from its manifest and compare every score: exit 0 equal, 1 different, 3 cannot verify.")
        {
            file, db, run, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file);
            var runId = parse.GetValue(run);
            if (path is not null && runId is not null) throw new UsageException("give either OUT/run.json (a file run) or --run ID (a store run), not both");
            if (path is null && runId is null) throw new UsageException("give OUT/run.json (a file run) or --db DB --run ID (a store run)");
            VerifyReport report;
            string subject;
            if (path is not null)
            {
                subject = path.FullName;
                report = await FileRunVerifier.VerifyAsync(path.FullName, RunKinds.All, ct);
            }
            else
            {
                subject = $"run {runId}";
                report = VerifyReport.CannotVerify();
                await StoreCommandRunner.RunAsync(parse.GetValue(db)!, createIfMissing: false, async store =>
                {
                    report = await RunVerifier.VerifyStoreRunAsync(store, runId!.Value, RunKinds.All, ct);
                    return ExitCodes.Ok;
                });
            }
            if (parse.GetValue(json)) await Console.Out.WriteLineAsync(JsonSerializer.Serialize(ToJson(report), Json));
            else await PrintAsync(subject, report);
            return report.Outcome switch
            {
                VerifyOutcome.Equal => ExitCodes.Ok,
                VerifyOutcome.Different => ExitCodes.InvalidInput,
                _ => ExitCodes.StoreUnavailable,
            };
        });
        return command;
    }

    private static async Task PrintAsync(string subject, VerifyReport report)
    {
        var o = Console.Out;
        var head = report.Outcome switch
        {
            VerifyOutcome.Equal => "equal",
            VerifyOutcome.Different => "different",
            _ => "cannot verify",
        };
        await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{head}: {subject}{(report.ComparedCells > 0 ? $": {report.ComparedCells:N0} score(s) on {report.Nodes.Count} node(s) compared" : "")}"));
        foreach (var r in report.Reasons) await o.WriteLineAsync($"  {r}");
        foreach (var n in report.Nodes.Where(n => n.DifferingCells > 0))
            await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  node {n.Node}: {n.DifferingCells} of {n.Cells} score(s) differ; max |difference| {n.MaxAbsDifference:G6} at {n.WorstUnit}{(n.WorstPeriod is null ? "" : $" ({n.WorstPeriod})")}"));
        foreach (var n in report.Notes) await o.WriteLineAsync($"  note: {n}");
    }

    private static readonly JsonSerializerOptions Json = new(CliJson.Options) { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private static object ToJson(VerifyReport r) => new
    {
        outcome = r.Outcome switch { VerifyOutcome.Equal => "equal", VerifyOutcome.Different => "different", _ => "cannot_verify" },
        reasons = r.Reasons,
        notes = r.Notes,
        compared = r.ComparedCells,
        tolerance = ScoreComparison.Tolerance,
        nodes = r.Nodes.Select(n => new
        {
            node = n.Node, cells = n.Cells, differing = n.DifferingCells, max_abs_difference = n.MaxAbsDifference, worst_unit = n.WorstUnit, worst_period = n.WorstPeriod,
        }),
    };
}
