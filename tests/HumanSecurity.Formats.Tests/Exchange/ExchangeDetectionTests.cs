using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Inspection;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Exchange;

public class ExchangeDetectionTests
{
    [Theory]
    [InlineData("hxl", "libhxl-python_input-multiple-headers.csv", "hxl")]
    [InlineData("sdmx", "pysdmx_sdmx10_data_v1.csv", "sdmx-csv")]
    [InlineData("sdmx", "sdmx-csv-2.0_example-01.csv", "sdmx-csv")]
    [InlineData("sdmx", "unicef_CME_MRY0T4_USA_BRA_2020.csv", "sdmx-csv")]
    [InlineData("sdmx", "sdmx-json-2.0_agri.json", "sdmx-json")]
    [InlineData("cod-ab", "caf_admin1.geojson", "geojson")]
    [InlineData("cod-ab", "caf_admin1_gazetteer.csv", "cod-ab-gazetteer")]
    [InlineData("cod-ab", "caf_cod_ab_gazetteer.xlsx", "cod-ab-gazetteer")]
    [InlineData("iati", "iati-2.03_activity-standard-example-annotated.xml", "iati")]
    [InlineData("xlsform", "odk-central_multirepeat.csv", "odk-central")]
    [InlineData("xlsform", "kobotoolbox_submissions_labels_semicolon.csv", "kobo")]
    public void ImportRegistry_DetectsFixture(string folder, string file, string format)
    {
        var path = Fixtures.Get(folder, file);
        Assert.Equal(format, DatasetImporters.Resolve(path, null).Format);
    }

    [Theory]
    [InlineData("hxl", "libhxl-python_input-valid.tsv", "hxl")]
    [InlineData("hxl", "libhxl-python_input-valid-objects.json", "hxl")]
    [InlineData("hxl", "libhxl-python_input-untagged.csv", "csv")]
    [InlineData("sdmx", "sdmx-json-2.0_exr-time-series.json", "sdmx-json")]
    [InlineData("cod-ab", "caf_admin0.geojson", "geojson")]
    [InlineData("xlsform", "odk-central_multirepeat-toy.csv", "odk-central")]
    [InlineData("xlsform", "formpack_nested_grouped_repeatable_v1.json", "kobo")]
    [InlineData("iati", "iati-schemas_21-transaction.xml", "iati")]
    public void Inspector_DetectsFixture(string folder, string file, string format) =>
        Assert.Equal(format, FormatDetector.Detect(Fixtures.Get(folder, file)));
}
