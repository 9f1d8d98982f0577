using System.Text;
using HumanSecurity.Formats.Inspection;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Fuzz;

/// <summary>Seeded mutations (<see cref="Mutator"/>) of each exchange-format fixture, read by <c>hso inspect</c>'s
/// reader: it never throws, every error it reports is located in the file, and every problem is a bounded line.
/// Quick in <c>./test.sh</c>; <c>./test.sh fuzz</c> runs 10,000 mutants per reader.</summary>
public class ReaderFuzzTests
{
    [Theory]
    [InlineData("hxl", "libhxl-python_input-valid.csv", 30)]
    [InlineData("hxl", "libhxl-python_input-valid.json", 20)]
    [InlineData("sdmx", "sdmx-csv-2.0_example-02.csv", 30)]
    [InlineData("sdmx", "unicef_CME_MRY0T4_USA_BRA_2020.csv", 20)]
    [InlineData("sdmx", "sdmx-json-2.0_exr-time-series.json", 20)]
    [InlineData("cod-ab", "caf_admin1_gazetteer.csv", 20)]
    [InlineData("xlsform", "odk-central_multirepeat-toy.csv", 20)]
    [InlineData("xlsform", "formpack_nested_grouped_repeatable_v1.json", 15)]
    [InlineData("iati", "iati-schemas_21-transaction.xml", 20)]
    [InlineData("cod-ab", "caf_cod_ab_gazetteer.xlsx", 10)]
    public void Inspect_MutatedFixture_NeverThrowsUnexpected(string folder, string name, int quick)
    {
        var original = File.ReadAllBytes(Fixtures.Get(folder, name));
        var format = FormatDetector.Detect(Fixtures.Get(folder, name));
        using var dir = new TempDirectory();
        var path = dir.File(name);
        var mutator = new Mutator(FuzzBudget.Seed(20261129 + name.Length));
        for (var i = 0; i < FuzzBudget.Mutations(quick); i++)
        {
            File.WriteAllBytes(path, mutator.Mutate(original));
            var report = Inspector.Inspect(path, format);
            Assert.Equal(format, report.Format);
            AssertLocated(report, name, $"{name} mutant {i}");
        }
    }

    [Fact]
    public void Inspect_MutatedGeoJson_NeverThrowsUnexpected()
    {
        const string json = """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"adm0_pcode":"CF","adm0_name":"RCA","adm1_pcode":"CF11","adm1_name":"A","valid_on":"2015-06-15"},"geometry":{"type":"Polygon","coordinates":[[[18,4],[19,4],[19,5],[18,5],[18,4]]]}},{"type":"Feature","properties":{"adm0_pcode":"CF","adm1_pcode":"CF12","adm1_name":"B"},"geometry":{"type":"MultiPolygon","coordinates":[[[[20,4],[21,4],[21,5],[20,4]]]]}}]}""";
        var original = Encoding.UTF8.GetBytes(json);
        using var dir = new TempDirectory();
        var path = dir.File("f.geojson");
        var mutator = new Mutator(FuzzBudget.Seed(42));
        for (var i = 0; i < FuzzBudget.Mutations(30); i++)
        {
            File.WriteAllBytes(path, mutator.Mutate(original));
            AssertLocated(Inspector.Inspect(path, DataFormats.GeoJson), "f.geojson", $"geojson mutant {i}");
        }
    }

    private static void AssertLocated(InspectionReport report, string file, string what)
    {
        FuzzBudget.AssertBounded(report.Problems.Items, what);
        foreach (var p in report.Problems.Items.Where(p => p.Severity == ProblemSeverity.Error))
            Assert.True(p.Location.StartsWith(file, StringComparison.Ordinal), $"{what}: unlocated error '{p}'");
    }
}
