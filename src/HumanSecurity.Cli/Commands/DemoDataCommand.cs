using System.CommandLine;
using System.Diagnostics;
using HumanSecurity.Demo;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso demo-data --out DIR [--seed N]</c>: writes the synthetic demo data set.</summary>
internal static class DemoDataCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Directory to write the demo files into (created when missing).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same bytes.", DefaultValueFactory = _ => DemoDataGenerator.DefaultSeed };
        var command = new Command("demo-data", "Generate the synthetic demo data set (a fictional region of three countries) as importable files.")
        {
            output, seed,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var watch = Stopwatch.StartNew();
            var summary = DemoDataGenerator.Generate(parse.GetValue(output)!.FullName, parse.GetValue(seed));
            Console.WriteLine($"wrote synthetic demo data to {summary.Directory} in {watch.Elapsed.TotalSeconds:F1} s (seed {summary.Seed})");
            PrintSummary(summary);
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static void PrintSummary(DemoDataSummary s)
    {
        Console.WriteLine($"  areas:        1 region, {s.Countries} countries, {s.Admin1} admin-1, {s.Admin2} admin-2");
        Console.WriteLine($"  indicators:   {s.Indicators}");
        Console.WriteLine($"  observations: {s.Observations:N0} annual, {s.Events:N0} monthly events");
        Console.WriteLine($"  survey:       {s.Households:N0} households, {s.Persons:N0} persons");
        Console.WriteLine($"  programmes:   {s.Programmes}");
    }
}
