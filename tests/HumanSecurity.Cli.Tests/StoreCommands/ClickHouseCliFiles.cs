using System.Globalization;
using System.Text;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.StoreCommands;

/// <summary>Small input files for store commands on ClickHouse: a gazetteer with populations, a catalogue, observations
/// over years with a disaggregation, programmes, a household survey with a roster, an index model and a poverty spec.</summary>
internal static class ClickHouseCliFiles
{
    public const string Model = """
        name: test-index
        roll_up: scores
        defaults: { normalise: minmax }
        indicators:
          - { code: FLOOD, parent: RISK }
          - { code: LIT, parent: RISK, direction: -1 }
        nodes:
          - { code: RISK }
        """;

    public const string Spec = """
        name: store-test
        unit: hh_id
        weight: hh_weight
        size: hh_size
        strata: stratum
        psu: psu
        over: [adm1]
        k: [1/3, 50]
        indicators:
          - {column: d_b, dimension: b, weight: 1/6}
          - {column: d_a, dimension: a, weight: 1/2}
          - {name: d_schooling, dimension: b, weight: 1/6, roster: {value: years_school, deprived_if: "<= 5", aggregate: all, age: age, min_age: 11}}
          - {column: d_c, dimension: b, weight: 1/6}
        """;

    /// <summary>Writes the files; returns them in import order.</summary>
    public static string[] Write(TempDirectory dir)
    {
        var areas = new StringBuilder("code,name,kind,parent,population,period\nXA,Xandria,country,,1000000,2024\n");
        var obs = new StringBuilder("indicator,area,period,sex,value\n");
        for (var a = 1; a <= 6; a++)
        {
            areas.Append(CultureInfo.InvariantCulture, $"XA{a:00},Province {a},admin1,XA,{100_000 + 17_000 * a},2024\n");
            for (var y = 2020; y <= 2024; y++)
            {
                obs.Append(CultureInfo.InvariantCulture, $"FLOOD,XA{a:00},{y},_T,{(a * 7 + y % 5 * 3) % 23 + 0.5}\n");
                obs.Append(CultureInfo.InvariantCulture, $"LIT,XA{a:00},{y},_T,{60 + a * 3 + y % 3}\n");
                obs.Append(CultureInfo.InvariantCulture, $"LIT,XA{a:00},{y},F,{55 + a * 3 + y % 4}\n");
            }
        }
        var rng = new Random(4);
        var hh = new StringBuilder("hh_id,adm1,stratum,psu,hh_weight,hh_size,d_a,d_b,d_c\n");
        var persons = new StringBuilder("hh_id,person_id,age,years_school\n");
        for (var i = 1; i <= 240; i++)
        {
            var adm1 = $"XA{1 + i % 6:00}";
            hh.Append(CultureInfo.InvariantCulture, $"{i},{adm1},{1 + i % 3},{i % 12},{1 + rng.NextDouble()},{1 + rng.Next(5)},");
            hh.Append(CultureInfo.InvariantCulture, $"{(rng.NextDouble() < 0.4 ? 1 : 0)},{(rng.NextDouble() < 0.3 ? 1 : 0)},{(rng.NextDouble() < 0.5 ? 1 : 0)}\n");
            for (var m = 1; m <= 1 + i % 3; m++) persons.Append(CultureInfo.InvariantCulture, $"{i},{m},{5 + rng.Next(50)},{rng.Next(12)}\n");
        }
        // The survey importer finds the roster beside the households file.
        dir.Write("svy_persons.csv", persons.ToString());
        return
        [
            dir.Write("areas.csv", areas.ToString()),
            dir.Write("indicators.csv", "code,name,unit,direction,cluster\nFLOOD,Flood exposure,%,higher_is_worse,climate\nLIT,Literacy,%,higher_is_better,poverty\n"),
            dir.Write("observations.csv", obs.ToString()),
            dir.Write("programmes.csv", "id,title,status,areas,clusters,sdgs,budget,currency,prevention\nP1,Flood resilience,active,XA01|XA02,climate,13.1,3800000,USD,true\n"),
            dir.Write("svy_households.csv", hh.ToString()),
        ];
    }

    public static (string Model, string Spec) WriteModels(TempDirectory dir) => (dir.Write("model.yaml", Model), dir.Write("spec.yaml", Spec));
}
