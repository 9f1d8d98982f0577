using HumanSecurity.Formats.Text;
using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Hxl;

/// <summary>Writes observations as HXL-tagged CSV in long form: a header row, the hashtag row, then one row per
/// observation (<c>#indicator+code, #loc+code, #date, #value</c>, disaggregation codes as <c>#x_sex</c>..., status, source).
/// <see cref="HxlObservationReader"/> reads it back without loss.</summary>
public static class HxlWriter
{
    public static readonly string[] Headers = ["Indicator", "Area", "Period", "Value", "Sex", "Age", "Group", "Disability", "Urbanisation", "Status", "Source"];

    public static void Write(TextWriter writer, IEnumerable<ObservationChunk> chunks, string areaTag = "#loc+code")
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(chunks);
        string[] tags = ["#indicator+code", areaTag, "#date", "#value", .. HxlLayoutResolver.LongExtraTags];
        CsvText.WriteRow(writer, Headers);
        CsvText.WriteRow(writer, tags);
        foreach (var c in chunks)
        {
            for (var i = 0; i < c.Count; i++)
            {
                CsvText.WriteRow(writer, [c.Indicator[i], c.Area[i], c.Period[i].ToString(), CsvText.Number(c.Value[i]),
                    c.Sex[i], c.Age[i], c.Group[i], c.Disability[i], c.Urbanisation[i], c.Status[i], c.Source[i]]);
            }
        }
    }
}
