using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Runs;

/// <summary>A small store for run tests: a country with six provinces (populations), three indicators and observations
/// for 2023 and 2024 (XA06 has no 2024 flood value, so it uses 2023's within the look-back), imported with <c>hso
/// import</c> as datasets 1 (areas), 2 (indicators), 3 (2023) and 4 (2024); and a model file over those indicators.</summary>
internal static class RunsTestStore
{
    public const string Model = """
        name: small
        defaults: { normalise: "minmax:1:100" }
        indicators:
          - { code: FLOOD, parent: HAZ }
          - { code: DROUGHT, parent: HAZ }
          - { code: POOR, parent: VUL }
        nodes:
          - { code: HAZ, parent: IDX }
          - { code: VUL, parent: IDX }
          - { code: IDX }
        """;

    public static async Task<string> CreateAsync(TempDirectory dir)
    {
        var db = dir.File("runs.duckdb");
        var areas = new StringBuilder("code,name,kind,parent,population,period\nXA,Xandria,country,,6000000,2024\n");
        for (var p = 1; p <= 6; p++) areas.Append(CultureInfo.InvariantCulture, $"XA0{p},Province {p},admin1,XA,{p * 100_000},2024\n");
        foreach (var (file, text) in new[]
        {
            ("areas.csv", areas.ToString()),
            ("indicators.csv", "code,name,unit,direction,cluster\nFLOOD,Flood,%,higher_is_worse,climate\nDROUGHT,Drought,%,higher_is_worse,climate\nPOOR,Poverty,%,higher_is_worse,poverty\n"),
            ("obs2023.csv", Observations(2023, skip: null)),
            ("obs2024.csv", Observations(2024, skip: "XA06")),
        })
        {
            var r = await CliHarness.RunAsync("import", dir.Write(file, text), "--db", db);
            Assert.True(r.Exit == 0, r.Err);
        }
        return db;
    }

    /// <summary>Values that differ by area, indicator and year; <paramref name="skip"/> has no FLOOD value.</summary>
    public static string Observations(int year, string? skip, double shift = 0)
    {
        var b = new StringBuilder("indicator,area,period,value\n");
        var codes = new[] { "FLOOD", "DROUGHT", "POOR" };
        for (var p = 1; p <= 6; p++)
            for (var i = 0; i < codes.Length; i++)
                if (!(codes[i] == "FLOOD" && $"XA0{p}" == skip))
                    b.Append(CultureInfo.InvariantCulture, $"{codes[i]},XA0{p},{year},{(p * 7 + i * 13 + year) % 23 + 1.5 + shift}\n");
        return b.ToString();
    }

    /// <summary>Runs SQL on the store file directly (to simulate a changed or deleted dataset; hso has no command for that).</summary>
    public static void Execute(string db, string sql)
    {
        using var connection = new DuckDBConnection($"Data Source={db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
