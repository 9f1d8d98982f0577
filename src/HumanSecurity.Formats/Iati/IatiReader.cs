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
        XDocument doc;
        try
        {
            using var xr = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
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

    internal static int LineOf(XObject o) => o is IXmlLineInfo li && li.HasLineInfo() ? li.LineNumber : 0;
}

/// <summary>Activities read from one file and every problem found.</summary>
public sealed class IatiDocument(string file)
{
    public string File { get; } = file;

    public List<IatiActivity> Activities { get; } = [];

    public ProblemList Problems { get; } = new();
}
