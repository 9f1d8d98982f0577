using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Tests.Csv;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Exchange;

/// <summary>Seeded mutations of exchange files imported into a real store: an import either succeeds or throws
/// <see cref="InvalidInputException"/> and leaves the store exactly as it was (no partial import).</summary>
public class ImportFuzzTests : ImportTestBase
{
    [Theory]
    [InlineData("sdmx-csv", "sdmx", "unicef_CME_MRY0T4_USA_BRA_2020.csv", 150)]
    [InlineData("sdmx-json", "sdmx", "sdmx-json-2.0_exr-flat.json", 150)]
    [InlineData("cod-ab-gazetteer", "cod-ab", "caf_admin1_gazetteer.csv", 150)]
    [InlineData("iati", "iati", "iati-schemas_21-transaction.xml", 150)]
    public async Task Import_MutatedFile_AllOrNothing(string format, string folder, string name, int mutations)
    {
        var original = File.ReadAllText(Fixtures.Get(folder, name)).Replace("USA", "XA01", StringComparison.Ordinal).Replace("BRA", "XA02", StringComparison.Ordinal);
        var random = new Random(99 + name.Length);
        var importer = DatasetImporters.Find(format)!;
        for (var i = 0; i < mutations; i++)
        {
            var chars = original.ToCharArray();
            for (var k = random.Next(1, 4); k > 0; k--) chars[random.Next(chars.Length)] = ",;\"\n<>:0X.-"[random.Next(11)];
            var path = Write(name, new string(chars));
            var before = await Store.GetSummaryAsync(Ct);
            try
            {
                await importer.ImportAsync(new ImportRequest(path), Store, null, Ct);
            }
            catch (InvalidInputException)
            {
                var after = await Store.GetSummaryAsync(Ct);
                Assert.Equal((before.Datasets, before.Areas, before.Observations, before.Indicators, before.Programmes),
                    (after.Datasets, after.Areas, after.Observations, after.Indicators, after.Programmes));
            }
        }
    }
}
