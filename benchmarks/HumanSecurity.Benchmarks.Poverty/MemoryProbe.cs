using System.Diagnostics;
using System.Globalization;
using HumanSecurity.Poverty;

namespace HumanSecurity.Benchmarks.Poverty;

/// <summary>Measures one full run (build + estimate with SEs) in a fresh process, so the peak working set is not
/// inflated by earlier runs' garbage.</summary>
internal static class MemoryProbe
{
    public sealed record Result(long BeforeBytes, long PeakBytes);

    public static void Run(int households)
    {
        var table = SyntheticSurvey.Create(households);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        var spec = SyntheticSurvey.Spec(design: true);
        var result = PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec, table, "synthetic"), spec);
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{before} {process.PeakWorkingSet64} {result.Levels.Count}"));
        GC.KeepAlive(table);
    }

    public static Result Spawn(int households)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(MemoryProbe).Assembly.Location);
        start.ArgumentList.Add("--memory-probe");
        start.ArgumentList.Add(households.ToString(CultureInfo.InvariantCulture));
        using var child = Process.Start(start)!;
        var line = child.StandardOutput.ReadToEnd().Trim().Split(' ');
        child.WaitForExit();
        return new Result(long.Parse(line[0], CultureInfo.InvariantCulture), long.Parse(line[1], CultureInfo.InvariantCulture));
    }
}
