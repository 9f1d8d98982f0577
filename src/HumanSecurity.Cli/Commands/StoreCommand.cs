using System.CommandLine;
using System.Globalization;
using HumanSecurity.ClickHouse;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso store copy --from STORE --to clickhouse://HOST:PORT/DB</c>: copies a whole store (every dataset with
/// its id, time and rows, every run with its scores) into a new ClickHouse store, then compares the two stores' counts.</summary>
internal static class StoreCommand
{
    public static Command Create()
    {
        var command = new Command("store", "Manage stores: copy one into ClickHouse.");
        command.Subcommands.Add(Copy());
        return command;
    }

    private static Command Copy()
    {
        var from = new Option<string>("--from") { Description = "Source store: a DuckDB file or a clickhouse:// URL", Required = true };
        var to = new Option<string>("--to") { Description = $"Target ClickHouse store, which must be empty: {ClickHouseUrl.ExpectedForm}", Required = true };
        var command = new Command("copy", "Copy every dataset and run of a store into an empty ClickHouse store; the counts are compared afterwards.") { from, to };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            var source = StoreLocation.Parse(parse.GetValue(from)!, "--from");
            var target = StoreLocation.Parse(parse.GetValue(to)!, "--to");
            if (target.ClickHouse is not { } url)
                throw new UsageException($"--to must be a ClickHouse store ({ClickHouseUrl.ExpectedForm}); copying into DuckDB is not supported, import the files instead");
            await using var input = await StoreOpener.OpenAsync(source, createIfMissing: false, ct);
            await using var output = await ClickHouseStore.OpenAsync(url, ct);
            await output.CopyFromAsync(input, new Progress(), ct);
            var (before, after) = (await input.GetSummaryAsync(ct), await output.GetSummaryAsync(ct));
            var same = before.Datasets == after.Datasets && before.Areas == after.Areas && before.Indicators == after.Indicators
                && before.Observations == after.Observations && before.SurveyHouseholds == after.SurveyHouseholds
                && before.SurveyPersons == after.SurveyPersons && before.Programmes == after.Programmes && before.Runs == after.Runs;
            if (!same) throw new InvalidOperationException($"the copy's counts differ from the source's: {before} vs {after}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"copied {source.Label} to {url.Display}: {after.Datasets} dataset(s), {after.Areas:N0} areas, {after.Indicators:N0} indicators, {after.Observations:N0} observations, {after.SurveyHouseholds:N0} households, {after.SurveyPersons:N0} persons, {after.Programmes:N0} programmes, {after.Runs} run(s)"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Progress lines on stderr, one per dataset and run, written at once (not on the thread pool as
    /// <see cref="Progress{T}"/> would).</summary>
    private sealed class Progress : IProgress<string>
    {
        public void Report(string value) => Console.Error.WriteLine($"copied {value}");
    }
}
