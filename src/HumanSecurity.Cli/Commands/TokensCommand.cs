using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using HumanSecurity.Access;
using Spectre.Console;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso tokens create --role R --name N</c> (prints the token once), <c>hso tokens list</c>,
/// <c>hso tokens revoke ID</c>: API tokens, kept in the store only as SHA-256 hashes; every change is audited.</summary>
internal static class TokensCommand
{
    private const int MaxNameLength = 100;

    public static Command Create()
    {
        var command = new Command("tokens", "Create, list and revoke API tokens (roles viewer, analyst, admin) for 'hso serve'.");
        command.Subcommands.Add(CreateCommand());
        command.Subcommands.Add(ListCommand());
        command.Subcommands.Add(RevokeCommand());
        return command;
    }

    /// <summary>Who the CLI audits writes as: <c>cli:USER</c>.</summary>
    public static string Actor => "cli:" + Environment.UserName;

    private static Command CreateCommand()
    {
        var db = StoreOptions.Db();
        var role = new Option<string>("--role") { Description = $"What the token may do: {Roles.ExpectedForms}.", Required = true };
        role.Validators.Add(r => { if (!Roles.TryParse(r.GetValueOrDefault<string>(), out _)) r.AddError($"--role must be {Roles.ExpectedForms}, not '{r.GetValueOrDefault<string>()}'."); });
        var name = new Option<string>("--name") { Description = "Who or what holds it (shown in 'hso tokens list' and the audit log).", Required = true };
        name.Validators.Add(r =>
        {
            var n = r.GetValueOrDefault<string>() ?? "";
            if (n.Trim().Length == 0 || n.Length > MaxNameLength || n.Any(char.IsControl)) r.AddError($"--name must be 1 to {MaxNameLength} printable characters.");
        });
        var command = new Command("create", "Create a token and print it once on stdout (the store keeps only its SHA-256).") { db, role, name };
        command.SetAction((parse, ct) => StoreCommandRunner.RunAccessAsync(parse.GetValue(db)!, async store =>
        {
            Roles.TryParse(parse.GetValue(role), out var r);
            var secret = ApiTokenSecret.Generate();
            var token = await store.CreateTokenAsync(parse.GetValue(name)!.Trim(), r, ApiTokenSecret.HashHex(secret), Actor, ct);
            await AuditAsync(store, "token.create", token, $"role {r.ToCode()}", ct);
            await Console.Out.WriteLineAsync(secret);
            await Console.Error.WriteLineAsync($"created token {token.Id} ({token.Name}, {r.ToCode()}); it is shown only this once: store it now " +
                "(send it as 'Authorization: Bearer TOKEN')");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command ListCommand()
    {
        var db = StoreOptions.Db();
        var json = StoreOptions.Json();
        var command = new Command("list", "List the tokens (id, name, role, created, revoked); never the tokens themselves.") { db, json };
        command.SetAction((parse, ct) => StoreCommandRunner.RunAccessAsync(parse.GetValue(db)!, async store =>
        {
            var tokens = await store.GetTokensAsync(ct);
            if (parse.GetValue(json))
            {
                var rows = tokens.Select(t => new { t.Id, t.Name, Role = t.Role.ToCode(), t.CreatedAt, t.CreatedBy, t.RevokedAt, Active = t.IsActive });
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(rows, CliJson.Options));
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("id", "name", "role", "created (UTC)", "created by", "revoked (UTC)");
            foreach (var t in tokens)
                table.AddRow(t.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(t.Name), t.Role.ToCode(), Time(t.CreatedAt), Markup.Escape(t.CreatedBy ?? ""),
                    t.RevokedAt is { } at ? Time(at) : "");
            CliConsole.Out().Write(table);
            await Console.Out.WriteLineAsync($"{tokens.Count(t => t.IsActive)} active token(s), {tokens.Count(t => !t.IsActive)} revoked");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command RevokeCommand()
    {
        var db = StoreOptions.Db();
        var id = new Argument<long>("id") { Description = "Id of the token (see 'hso tokens list')." };
        var command = new Command("revoke", "Revoke a token: requests with it are refused from then on (restart a running 'hso serve').") { db, id };
        command.SetAction((parse, ct) => StoreCommandRunner.RunAccessAsync(parse.GetValue(db)!, async store =>
        {
            var tokenId = parse.GetValue(id);
            var before = (await store.GetTokensAsync(ct)).FirstOrDefault(t => t.Id == tokenId)
                ?? throw new InvalidInputException("id", $"no token has id {tokenId}; see 'hso tokens list'");
            if (!before.IsActive)
            {
                await Console.Out.WriteLineAsync($"token {tokenId} ({before.Name}) was already revoked at {Time(before.RevokedAt!.Value)} UTC");
                return ExitCodes.Ok;
            }
            var token = await store.RevokeTokenAsync(tokenId, ct);
            await AuditAsync(store, "token.revoke", token!, null, ct);
            await Console.Out.WriteLineAsync($"revoked token {tokenId} ({token!.Name}, {token.Role.ToCode()})");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Task<long> AuditAsync(IAccessStore store, string action, ApiToken token, string? detail, CancellationToken ct) =>
        store.AppendAuditAsync(new AuditEntry(0, DateTimeOffset.UtcNow, Actor, action, $"token {token.Id} ({token.Name})", AuditEntry.Ok) { Detail = detail }, ct);

    internal static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
