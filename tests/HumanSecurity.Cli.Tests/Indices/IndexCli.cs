using System.Globalization;

namespace HumanSecurity.Cli.Tests.Indices;

/// <summary>Runs <c>hso</c> in-process, capturing stdout and stderr (tests using it share one non-parallel collection).</summary>
internal static class IndexCli
{
    private static readonly Lock Gate = new();

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        lock (Gate)
        {
            var (oldOut, oldErr) = (Console.Out, Console.Error);
            using var o = new StringWriter(CultureInfo.InvariantCulture);
            using var e = new StringWriter(CultureInfo.InvariantCulture);
            Console.SetOut(o);
            Console.SetError(e);
            try
            {
                var exit = HsoApp.RunAsync(args).GetAwaiter().GetResult();
                return (exit, o.ToString(), e.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldErr);
            }
        }
    }

    /// <summary>Reads scores.csv into (unit, node) → (score, rank, class).</summary>
    public static Dictionary<(string Unit, string Node), (double Score, int Rank, string? Class)> ReadScores(string path)
    {
        var lines = File.ReadAllLines(path);
        var map = new Dictionary<(string, string), (double, int, string?)>();
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            var score = f[3].Length == 0 ? double.NaN : double.Parse(f[3], CultureInfo.InvariantCulture);
            var rank = f[4].Length == 0 ? 0 : int.Parse(f[4], CultureInfo.InvariantCulture);
            map[(f[0], f[1])] = (score, rank, f.Length > 5 ? f[5] : null);
        }
        return map;
    }

    /// <summary>Reads a wide CSV (first column unit code, R's write.csv quoting, NA = missing) into (unit, column) → value.</summary>
    public static Dictionary<(string Unit, string Column), double> ReadWide(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Trim().Length > 0).ToArray();
        var header = lines[0].Split(',').Select(h => h.Trim('"')).ToArray();
        var map = new Dictionary<(string, string), double>();
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',').Select(x => x.Trim('"')).ToArray();
            for (var c = 1; c < header.Length; c++)
                map[(f[0], header[c])] = f[c] is "NA" or "" ? double.NaN : double.Parse(f[c], CultureInfo.InvariantCulture);
        }
        return map;
    }
}
