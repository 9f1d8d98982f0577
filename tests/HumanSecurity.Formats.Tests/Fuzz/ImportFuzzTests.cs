using System.Security.Cryptography;
using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Tests.Csv;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Fuzz;

/// <summary>Seeded mutations (<see cref="Mutator"/>) of one seed file per importer, imported into a real store file: an
/// import either succeeds or throws <see cref="InvalidInputException"/> (exit 1) whose errors are located in the file and
/// bounded, and then the store file is byte-identical to before (no partial import). Quick in <c>./test.sh</c>;
/// <c>./test.sh fuzz</c> runs 10,000 mutants per importer.</summary>
public sealed class ImportFuzzTests : ImportTestBase
{
    protected override string StorePath => Dir.File("store.duckdb");

    private static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "Fuzz", "corpus", name);

    public static TheoryData<string, string, int> Seeds => new()
    {
        { "observations", Corpus("observations.csv"), 30 },
        { "observations-wide", Corpus("observations-wide.csv"), 20 },
        { "areas", Corpus("areas.csv"), 20 },
        { "indicators", Corpus("indicators.csv"), 15 },
        { "indicators-yaml", Corpus("indicators.yaml"), 20 },
        { "programmes", Corpus("programmes.csv"), 15 },
        { "survey", Corpus("survey_households.csv"), 20 },
        { "geojson", Fixtures.Get("cod-ab", "caf_admin1.geojson"), 10 },
        { "hxl", Corpus("hxl.csv"), 30 },
        { "sdmx-csv", Fixtures.Get("sdmx", "unicef_CME_MRY0T4_USA_BRA_2020.csv"), 20 },
        { "sdmx-json", Fixtures.Get("sdmx", "sdmx-json-2.0_exr-flat.json"), 15 },
        { "cod-ab-gazetteer", Fixtures.Get("cod-ab", "caf_admin1_gazetteer.csv"), 15 },
        { "iati", Fixtures.Get("iati", "iati-schemas_21-transaction.xml"), 15 },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Import_MutatedFile_AllOrNothing(string format, string seedFile, int quick)
    {
        var original = File.ReadAllBytes(seedFile);
        if (format.StartsWith("sdmx", StringComparison.Ordinal))
            original = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(original).Replace("USA", "XA01", StringComparison.Ordinal).Replace("BRA", "XA02", StringComparison.Ordinal));
        var name = Path.GetFileName(seedFile);
        var importer = DatasetImporters.Find(format)!;
        var mutator = new Mutator(FuzzBudget.Seed(99 + name.Length));
        var path = Dir.File(name);
        for (var i = 0; i < FuzzBudget.Mutations(quick); i++)
        {
            await File.WriteAllBytesAsync(path, mutator.Mutate(original), Ct);
            var before = StoreBytes();
            var summary = await Store.GetSummaryAsync(Ct);
            try
            {
                await importer.ImportAsync(new ImportRequest(path), Store, null, Ct);
            }
            catch (InvalidInputException e)
            {
                FuzzBudget.AssertLocatedAndBounded(e, name, $"{format} mutant {i}");
                var after = await Store.GetSummaryAsync(Ct);
                Assert.Equal((summary.Datasets, summary.Areas, summary.Observations, summary.Indicators, summary.Programmes),
                    (after.Datasets, after.Areas, after.Observations, after.Indicators, after.Programmes));
                Assert.Equal(before, StoreBytes());
            }
        }
    }

    // The store file and its .wal, hashed (the store stays open: a failed import must not have written either).
    private string StoreBytes()
    {
        var hash = SHA256.HashData(File.ReadAllBytes(StorePath));
        var wal = StorePath + ".wal";
        return Convert.ToHexString(hash) + (File.Exists(wal) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(wal))) : "");
    }
}
