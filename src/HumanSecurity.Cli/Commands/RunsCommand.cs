using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using HumanSecurity.Runs;
using HumanSecurity.Storage;
using Spectre.Console;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso runs list|show|delete</c>: the runs saved in a store, a run's manifest, and deleting a run.</summary>
internal static class RunsCommand
{
    public static Command Create()
    {
        var command = new Command("runs", "Saved runs: list them, show one's manifest, delete one.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Delete());
        return command;
    }

    private static Command List()
    {
        var db = StoreOptions.Db();
        var json = StoreOptions.Json();
        var dataset = new Option<long?>("--dataset") { Description = "Only runs that read this dataset." };
        var command = new Command("list", "List saved runs, oldest first.") { db, json, dataset };
        command.SetAction((parse, ct) => StoreCommandRunner.RunAsync(parse.GetValue(db)!, createIfMissing: false, async store =>
        {
            var runs = parse.GetValue(dataset) is { } d ? await store.GetRunsReadingAsync(d, ct) : await store.GetRunsAsync(ct);
            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(runs.Select(Summary), CliJson.Options));
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("id", "kind", "model", "created (UTC)", "data version", "model sha256");
            foreach (var r in runs)
                table.AddRow(r.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(r.Kind), Markup.Escape(r.Model), Created(r),
                    r.DataVersion.ToString(CultureInfo.InvariantCulture), Markup.Escape(r.ModelHash[..Math.Min(12, r.ModelHash.Length)]));
            CliConsole.Out().Write(table);
            await Console.Out.WriteLineAsync($"{runs.Count} run(s)");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<long>("id") { Description = "Run id (hso runs list)" };
        var db = StoreOptions.Db();
        var json = new Option<bool>("--json") { Description = "Print the manifest exactly as saved (JSON)" };
        var command = new Command("show", "Show a run's manifest: engine, model and hash, inputs, options, nodes, counts.") { id, db, json };
        command.SetAction((parse, ct) => StoreCommandRunner.RunAsync(parse.GetValue(db)!, createIfMissing: false, async store =>
        {
            var runId = parse.GetValue(id);
            var run = await store.GetRunAsync(runId, ct) ?? throw NoRun(runId);
            if (run.ManifestJson is null)
            {
                await Console.Error.WriteLineAsync($"warning: run {runId} was saved without a manifest (by an hso before manifests existed)");
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(Summary(run), CliJson.Options));
                return ExitCodes.Ok;
            }
            var manifest = RunManifest.FromJson(run.ManifestJson, $"run {runId} manifest");
            await Console.Out.WriteLineAsync(parse.GetValue(json) ? manifest.ToJson() : RunManifestText.Format(run, manifest));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Delete()
    {
        var id = new Argument<long>("id") { Description = "Run id (hso runs list)" };
        var db = StoreOptions.Db();
        var command = new Command("delete", "Delete a run, its scores and its dataset links.") { id, db };
        command.SetAction((parse, ct) => StoreCommandRunner.RunAsync(parse.GetValue(db)!, createIfMissing: false, async store =>
        {
            var runId = parse.GetValue(id);
            if (!await store.DeleteRunAsync(runId, ct)) throw NoRun(runId);
            await Console.Out.WriteLineAsync($"deleted run {runId}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static InvalidInputException NoRun(long id) => new("id", $"no run {id} in the store (see 'hso runs list')");

    private static string Created(RunRecord r) => r.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static object Summary(RunRecord r) => new
    {
        id = r.Id, kind = r.Kind, model = r.Model, model_hash = r.ModelHash, data_version = r.DataVersion,
        created_at = r.CreatedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        parameters = r.ParametersJson is null ? (JsonElement?)null : JsonDocument.Parse(r.ParametersJson).RootElement.Clone(),
    };
}
