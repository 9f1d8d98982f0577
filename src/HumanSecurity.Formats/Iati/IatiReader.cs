using System.Xml;
using System.Xml.Linq;
using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Iati;

/// <summary>Reads IATI 2.03 activity XML: checks the root, the schema order and required elements and attributes of each
/// activity (errors, located by line), codelist values of status, date type, role and transaction type (warnings).</summary>
public static partial class IatiReader
{
    public static IatiDocument Read(string path)
    {
        using var stream = TextDecoding.OpenStream(path);
        return Read(stream, Path.GetFileName(path));
    }

    public static IatiDocument Read(Stream stream, string file)
    {
        ArgumentNullException.ThrowIfNull(stream);
        XDocument doc;
        try
        {
            if (!stream.CanSeek)
            {
                var copy = new MemoryStream();
                stream.CopyTo(copy);
                stream = copy;
            }
            // Deep nesting is rejected before a tree is built: 100,000 nested elements took 26 s (the reader's cost
            // grows with depth) and a tree that deep is no IATI file (the schema nests fewer than 10 levels).
            CheckDepth(stream, file);
            stream.Position = 0;
            using var xr = XmlReader.Create(stream, Settings);
            doc = XDocument.Load(xr, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new InvalidInputException(e.LineNumber > 0 ? Problem.At(file, e.LineNumber, $"column {e.LinePosition}") : file, $"not well-formed XML: {e.Message}");
        }
        var result = new IatiDocument(file);
        var root = doc.Root!;
        if (root.Name != "iati-activities")
            throw new InvalidInputException(Problem.At(file, LineOf(root)), $"root element is <{root.Name.LocalName}>; expected <iati-activities>");
        var version = (string?)root.Attribute("version");
        if (version is null) result.Problems.Error(Problem.At(file, LineOf(root), "iati-activities"), "attribute 'version' is required; expected version=\"2.03\"");
        else if (version != "2.03") result.Problems.Warning(Problem.At(file, LineOf(root), "iati-activities"), $"version '{version}' is not 2.03; read as 2.03");
        var activities = root.Elements().Where(e => e.Name.NamespaceName.Length == 0).ToList();
        foreach (var e in activities.Where(e => e.Name != "iati-activity"))
            result.Problems.Error(Problem.At(file, LineOf(e), e.Name.LocalName), $"unexpected element <{e.Name.LocalName}>; expected <iati-activity>");
        foreach (var a in activities.Where(e => e.Name == "iati-activity"))
        {
            var reader = new IatiActivityReader(file, result.Problems);
            if (reader.Read(a) is { } activity) result.Activities.Add(activity);
        }
        if (result.Activities.Count == 0 && !result.Problems.HasErrors)
            result.Problems.Error(Problem.At(file, LineOf(root)), "no <iati-activity>; expected at least one");
        return result;
    }

    /// <summary>Deepest element nesting accepted.</summary>
    public const int MaxDepth = 64;

    private static XmlReaderSettings Settings => new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    private static void CheckDepth(Stream stream, string file)
    {
        var settings = Settings;
        settings.CloseInput = false;
        using var xr = XmlReader.Create(stream, settings);
        while (xr.Read())
        {
            if (xr.NodeType != XmlNodeType.Element || xr.Depth < MaxDepth) continue;
            var line = (IXmlLineInfo)xr;
            throw new InvalidInputException(Problem.At(file, line.LineNumber, $"column {line.LinePosition}"),
                $"elements nested deeper than {MaxDepth} levels (<{SafeText.Echo(xr.LocalName)}>); expected IATI activity XML, which nests far less");
        }
    }

    internal static int LineOf(XObject o) => o is IXmlLineInfo li && li.HasLineInfo() ? li.LineNumber : 0;
}

/// <summary>Activities read from one file and every problem found.</summary>
public sealed class IatiDocument(string file)
{
    public string File { get; } = file;

    public List<IatiActivity> Activities { get; } = [];

    public ProblemList Problems { get; } = new();
}
