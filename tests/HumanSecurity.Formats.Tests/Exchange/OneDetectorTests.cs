using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Inspection;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Exchange;

/// <summary><c>hso import</c> and <c>hso inspect</c> share one detector and one list of format names.</summary>
public sealed class OneDetectorTests
{
    /// <summary>Files inspect recognised and import refused ("cannot tell the format") before the two shared a detector.</summary>
    [Theory]
    [InlineData("hxl", "libhxl-python_input-valid.json", "hxl")]
    [InlineData("hxl", "libhxl-python_input-valid-objects.json", "hxl")]
    [InlineData("xlsform", "formpack_nested_grouped_repeatable_v1.json", "kobo")]
    [InlineData("xlsform", "odk-central_multirepeat-child.csv", "odk-central")]
    public void Import_DetectsWhatInspectDetects(string folder, string file, string format)
    {
        var path = Fixtures.Get(folder, file);
        Assert.Equal(format, FormatDetector.Detect(path));
        Assert.Equal(format, DatasetImporters.Resolve(path, null).Format);
    }

    [Fact]
    public void EveryFixture_ImportAndInspectAgree()
    {
        var checkedFiles = 0;
        foreach (var path in Directory.EnumerateFiles(Fixtures.Get(), "*", SearchOption.AllDirectories).Where(p => !p.EndsWith(".md", StringComparison.Ordinal) && !p.EndsWith(".xsd", StringComparison.Ordinal)))
        {
            var detected = FormatDetector.Detect(path);
            Assert.Contains(detected, DataFormats.All);
            if (!DataFormats.Importable.Contains(detected)) continue;
            Assert.Equal(detected, DatasetImporters.Resolve(path, null).Format);
            checkedFiles++;
        }
        Assert.True(checkedFiles > 20, $"only {checkedFiles} importable fixtures");
    }

    [Fact]
    public void FormatNames_OneList()
    {
        Assert.Equal(DatasetImporters.All.Count, DataFormats.Importable.Count);
        foreach (var importer in DatasetImporters.All) Assert.Contains(importer.Format, DataFormats.All);
        foreach (var (alias, name) in DataFormats.Aliases)
        {
            Assert.Equal(name, DataFormats.Normalise(alias.ToUpperInvariant()));
            Assert.Equal(name, DatasetImporters.Find(alias)?.Format);
        }
        // inspect accepts every import format name; import refuses only the inspect-only ones, naming them.
        foreach (var name in DataFormats.Importable) Assert.Equal(name, DataFormats.Normalise(name));
        var e = Assert.Throws<InvalidInputException>(() => DatasetImporters.Resolve("x.csv", "xlsx"));
        Assert.Equal($"format 'xlsx' can be inspected but not imported; expected one of {DatasetImporters.KnownFormats}", e.Problems[0].Message);
        Assert.Contains("cod-ab = geojson", DatasetImporters.KnownFormats, StringComparison.Ordinal);
    }
}
