using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using HumanSecurity.Access;
using Spectre.Console;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso audit [--limit 50] [--json]</c>: the newest entries of the store's audit log of writes (who, what,
/// when, outcome), newest first.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var json = StoreOptions.Json();
        var limit = new Option<int>("--limit") { Description = "How many entries, newest first.", DefaultValueFactory = _ => 50 };
        limit.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 100_000) r.AddError("--limit must be from 1 to 100000."); });
        var command = new Command("audit", "List the audit log of writes (API writes and token changes): who, what, when, outcome.") { db, limit, json };
        command.SetAction((parse, ct) => StoreCommandRunner.RunAccessAsync(parse.GetValue(db)!, async store =>
        {
            var entries = await store.GetAuditAsync(parse.GetValue(limit), ct);
            if (parse.GetValue(json))
            {
                var rows = entries.Select(e => new { e.Id, e.At, e.Actor, Role = e.Role?.ToCode(), e.Action, e.Target, e.Outcome, e.Status, e.Remote, e.Detail });
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(rows, CliJson.Options));
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("id", "time (UTC)", "actor", "role", "action", "target", "outcome", "status", "detail");
            foreach (var e in entries)
                table.AddRow(e.Id.ToString(CultureInfo.InvariantCulture), TokensCommand.Time(e.At), Markup.Escape(e.Actor), e.Role?.ToCode() ?? "",
                    Markup.Escape(e.Action), Markup.Escape(e.Target), e.Outcome, e.Status?.ToString(CultureInfo.InvariantCulture) ?? "", Markup.Escape(e.Detail ?? ""));
            CliConsole.Out().Write(table);
            await Console.Out.WriteLineAsync($"{entries.Count} entr{(entries.Count == 1 ? "y" : "ies")}, newest first");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
