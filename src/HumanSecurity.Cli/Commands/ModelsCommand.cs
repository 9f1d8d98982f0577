using System.CommandLine;
using System.Text.Json;
using HumanSecurity.Formats.Models;
using Spectre.Console;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso models list [--json]</c>: the built-in model library (names, releases, titles), as
/// <c>--model NAME</c> and <c>--model NAME:RELEASE</c> resolve them (<see cref="ModelLibrary"/>).</summary>
internal static class ModelsCommand
{
    public static Command Create()
    {
        var command = new Command("models", "The built-in index models.");
        var json = StoreOptions.Json();
        var list = new Command("list", "List the built-in models: name, releases (the default marked), title.") { json };
        list.SetAction(async parse =>
        {
            var rows = Rows(ModelLibrary.BuiltIn);
            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(rows.Select(r => new
                {
                    name = r.Name, releases = r.Releases, @default = r.Default, title = r.Title,
                }), CliJson.Options));
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("name", "releases", "default", "title");
            foreach (var r in rows) table.AddRow(Markup.Escape(r.Name), Markup.Escape(string.Join(", ", r.Releases)), Markup.Escape(r.Default), Markup.Escape(r.Title));
            CliConsole.Out().Write(table);
            await Console.Out.WriteLineAsync($"{rows.Count} model(s) in {ModelLibrary.BuiltIn.Directory}; --model NAME picks the default, --model NAME:RELEASE a release");
            return ExitCodes.Ok;
        });
        command.Subcommands.Add(list);
        return command;
    }

    private sealed record Row(string Name, IReadOnlyList<string> Releases, string Default, string Title);

    private static List<Row> Rows(ModelLibrary library) =>
        [.. library.Names.Select(name =>
        {
            var entries = library.Entries.Where(e => e.Name == name).ToList();
            var chosen = library.Find(name)!;
            return new Row(name, [.. entries.Where(e => e.Release is not null).Select(e => e.Release!)], chosen.Reference, Title(chosen));
        })];

    private static string Title(ModelEntry entry)
    {
        try
        {
            var model = ModelYamlReader.ReadFile(entry.Path);
            return model.Title ?? model.Name;
        }
        catch (InvalidInputException e)
        {
            return $"(invalid model: {e.Problems.FirstOrDefault()?.Message ?? e.Message})";
        }
    }
}
