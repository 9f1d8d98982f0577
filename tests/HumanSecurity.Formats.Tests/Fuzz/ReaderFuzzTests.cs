using System.Text;
using HumanSecurity.Formats.Inspection;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Fuzz;

/// <summary>Seeded mutations of each fixture (byte flips, deletions, duplications, truncations, inserted separators and
/// quotes); readers may only report problems or throw <see cref="InvalidInputException"/>.</summary>
public class ReaderFuzzTests
{
    [Theory]
    [InlineData("hxl", "libhxl-python_input-valid.csv", 1500)]
    [InlineData("hxl", "libhxl-python_input-valid.json", 1000)]
    [InlineData("sdmx", "sdmx-csv-2.0_example-02.csv", 1500)]
    [InlineData("sdmx", "unicef_CME_MRY0T4_USA_BRA_2020.csv", 1000)]
    [InlineData("sdmx", "sdmx-json-2.0_exr-time-series.json", 1000)]
    [InlineData("cod-ab", "caf_admin1_gazetteer.csv", 1000)]
    [InlineData("xlsform", "odk-central_multirepeat-toy.csv", 1000)]
    [InlineData("xlsform", "formpack_nested_grouped_repeatable_v1.json", 500)]
    [InlineData("iati", "iati-schemas_21-transaction.xml", 1000)]
    [InlineData("cod-ab", "caf_cod_ab_gazetteer.xlsx", 150)]
    public void Inspect_MutatedFixture_NeverThrowsUnexpected(string folder, string name, int mutations)
    {
        var original = File.ReadAllBytes(Fixtures.Get(folder, name));
        var format = FormatDetector.Detect(Fixtures.Get(folder, name));
        using var dir = new TempDirectory();
        var path = dir.File(name);
        var random = new Random(20261129 + name.Length);
        for (var i = 0; i < mutations; i++)
        {
            File.WriteAllBytes(path, Mutate(original, random));
            var report = Inspector.Inspect(path, format);
            Assert.Equal(format, report.Format);
        }
    }

    [Fact]
    public void Inspect_MutatedGeoJson_NeverThrowsUnexpected()
    {
        const string json = """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"adm0_pcode":"CF","adm0_name":"RCA","adm1_pcode":"CF11","adm1_name":"A","valid_on":"2015-06-15"},"geometry":{"type":"Polygon","coordinates":[[[18,4],[19,4],[19,5],[18,5],[18,4]]]}},{"type":"Feature","properties":{"adm0_pcode":"CF","adm1_pcode":"CF12","adm1_name":"B"},"geometry":{"type":"MultiPolygon","coordinates":[[[[20,4],[21,4],[21,5],[20,4]]]]}}]}""";
        var original = Encoding.UTF8.GetBytes(json);
        using var dir = new TempDirectory();
        var path = dir.File("f.geojson");
        var random = new Random(42);
        for (var i = 0; i < 2000; i++)
        {
            File.WriteAllBytes(path, Mutate(original, random));
            Inspector.Inspect(path, DataFormats.GeoJson);
        }
    }

    private static readonly byte[] Specials = ",;\t\"\n\r#+-:[]{}<>/ 0.e\u00e9"u8.ToArray();

    private static byte[] Mutate(byte[] data, Random random)
    {
        var bytes = new List<byte>(data);
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at)); break;
                case 2: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(random.Next(1, 40), bytes.Count - at))); break;
                case 3: bytes.Insert(at, Specials[random.Next(Specials.Length)]); break;
                case 4: bytes.RemoveRange(at, bytes.Count - at); break;
                default: bytes[at] = Specials[random.Next(Specials.Length)]; break;
            }
        }
        return [.. bytes];
    }
}
