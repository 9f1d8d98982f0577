using System.Globalization;
using System.Xml.Linq;
using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Iati;

/// <summary>Reads and checks one <c>iati-activity</c> element.</summary>
internal sealed class IatiActivityReader(string file, ProblemList problems)
{
    private static readonly XNamespace XmlNs = XNamespace.Xml;

    public IatiActivity? Read(XElement a)
    {
        var errorsBefore = problems.ErrorCount;
        CheckOrder(a);
        var id = a.Element("iati-identifier")?.Value.Trim() ?? "";
        if (id.Length == 0 && a.Element("iati-identifier") is { } idElement) problems.Warning(At(idElement), "iati-identifier is empty; expected the reporting-org ref + '-' + the activity's own id");
        var activity = new IatiActivity(id)
        {
            Line = IatiReader.LineOf(a),
            DefaultLanguage = (string?)a.Attribute(XmlNs + "lang"),
            DefaultCurrency = (string?)a.Attribute("default-currency"),
            Humanitarian = (string?)a.Attribute("humanitarian") is "1" or "true",
            ReportingOrg = Org(a.Element("reporting-org"), requireRef: true),
            Title = Narratives(a.Element("title")),
            Descriptions = [.. a.Elements("description").Select(d => ((string?)d.Attribute("type"), (IReadOnlyList<IatiNarrative>)Narratives(d)))],
            ParticipatingOrgs = [.. a.Elements("participating-org").Select(p => Org(p, requireRef: false))],
            Status = Code(a.Element("activity-status"), "code", IatiCodes.ActivityStatus),
            Dates = [.. a.Elements("activity-date").Select(ActivityDate).OfType<(string, DateOnly)>()],
            RecipientCountries = [.. a.Elements("recipient-country").Select(Share).OfType<IatiShare>()],
            RecipientRegions = [.. a.Elements("recipient-region").Select(Share).OfType<IatiShare>()],
            Locations = [.. a.Elements("location").Select(Location)],
            Sectors = [.. a.Elements("sector").Select(Share).OfType<IatiShare>()],
            Tags = [.. a.Elements("tag").Select(Share).OfType<IatiShare>()],
            Budgets = [.. a.Elements("budget").Select(Budget).OfType<IatiBudget>()],
            Transactions = [.. a.Elements("transaction").Select(Transaction).OfType<IatiTransaction>()],
        };
        if (activity.ParticipatingOrgs.Count > 0)
            foreach (var p in a.Elements("participating-org")) Code(p, "role", IatiCodes.OrganisationRole);
        return problems.ErrorCount > errorsBefore ? null : activity;
    }

    private string At(XObject e) => Problem.At(file, IatiReader.LineOf(e), e is XElement x ? x.Name.LocalName : e is XAttribute at ? "@" + at.Name.LocalName : null);

    private void CheckOrder(XElement a)
    {
        var last = -1;
        XElement? lastElement = null;
        var counts = new int[IatiSchemaOrder.Activity.Length];
        foreach (var child in a.Elements().Where(c => c.Name.NamespaceName.Length == 0))
        {
            var i = IatiSchemaOrder.IndexOf(child.Name.LocalName);
            if (i < 0) { problems.Error(At(child), $"<{child.Name.LocalName}> is not an element of iati-activity in IATI 2.03"); continue; }
            counts[i]++;
            if (i < last)
                problems.Error(At(child), $"<{child.Name.LocalName}> must come before <{lastElement!.Name.LocalName}> (line {IatiReader.LineOf(lastElement)}); IATI 2.03 fixes the order of elements");
            if (i >= last) { last = i; lastElement = child; }
        }
        for (var i = 0; i < counts.Length; i++)
        {
            var (name, min, max) = IatiSchemaOrder.Activity[i];
            if (counts[i] < min) problems.Error(At(a), $"iati-activity lacks required <{name}>");
            else if (max == 1 && counts[i] > 1) problems.Error(At(a), $"iati-activity has {counts[i]} <{name}> elements; at most one is allowed");
        }
    }

    private List<IatiNarrative> Narratives(XElement? e) =>
        e is null ? [] : [.. e.Elements("narrative").Select(n => new IatiNarrative((string?)n.Attribute(XmlNs + "lang") ?? "", n.Value.Trim()))];

    private IatiOrg Org(XElement? e, bool requireRef)
    {
        if (e is null) return new IatiOrg(null, null, null, []);
        if (requireRef && e.Attribute("ref") is null) problems.Error(At(e), "attribute 'ref' is required on reporting-org");
        if (requireRef && e.Attribute("type") is null) problems.Error(At(e), "attribute 'type' is required on reporting-org");
        return new IatiOrg((string?)e.Attribute("ref"), (string?)e.Attribute("type"), (string?)e.Attribute("role"), Narratives(e));
    }

    private string? Code(XElement? e, string attribute, IReadOnlySet<string>? codelist)
    {
        if (e is null) return null;
        var code = (string?)e.Attribute(attribute);
        if (code is null) problems.Error(At(e), $"attribute '{attribute}' is required on <{e.Name.LocalName}>");
        else if (codelist is not null && !codelist.Contains(code))
            problems.Warning(At(e), $"{e.Name.LocalName}/@{attribute} '{code}' is not in the codelist ({string.Join(", ", codelist.Order())})");
        return code;
    }

    private DateOnly? Date(XElement? e, string attribute = "iso-date")
    {
        if (e is null) return null;
        var text = (string?)e.Attribute(attribute);
        if (text is null) { problems.Error(At(e), $"attribute '{attribute}' is required on <{e.Name.LocalName}>"); return null; }
        if (DateOnly.TryParseExact(text.Length > 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        problems.Error(At(e), $"{e.Name.LocalName}/@{attribute} '{text}' is not a date; expected YYYY-MM-DD");
        return null;
    }

    private (string, DateOnly)? ActivityDate(XElement e)
    {
        var type = Code(e, "type", IatiCodes.ActivityDateType);
        return Date(e) is { } d && type is not null ? (type, d) : null;
    }

    private IatiShare? Share(XElement e)
    {
        var code = (string?)e.Attribute("code");
        if (code is null) { problems.Error(At(e), $"attribute 'code' is required on <{e.Name.LocalName}>"); return null; }
        double? pct = null;
        if ((string?)e.Attribute("percentage") is { } p)
        {
            if (ValueParsing.TryNumber(p, out var v) && v is >= 0 and <= 100) pct = v;
            else problems.Error(At(e), $"percentage '{p}' is not a number from 0 to 100");
        }
        return new IatiShare(code, (string?)e.Attribute("vocabulary"), pct);
    }

    private IatiLocation Location(XElement e)
    {
        var ids = e.Elements("location-id").Select(i => new IatiShare((string?)i.Attribute("code") ?? "", (string?)i.Attribute("vocabulary"), null)).ToList();
        var admin = e.Elements("administrative").Select(i => new IatiShare((string?)i.Attribute("code") ?? "", (string?)i.Attribute("vocabulary"), null)).ToList();
        double? lat = null, lon = null;
        if (e.Element("point")?.Element("pos")?.Value is { } pos)
        {
            var parts = pos.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && ValueParsing.TryNumber(parts[0], out var la) && ValueParsing.TryNumber(parts[1], out var lo) && la is >= -90 and <= 90 && lo is >= -180 and <= 180)
                (lat, lon) = (la, lo);
            else problems.Error(At(e.Element("point")!.Element("pos")!), $"pos '{pos}' is not 'latitude longitude' in WGS84 degrees");
        }
        return new IatiLocation((string?)e.Attribute("ref"), ids, IatiNarrative.Pick(Narratives(e.Element("name"))), admin, lat, lon);
    }

    private IatiBudget? Budget(XElement e)
    {
        var start = Date(Required(e, "period-start"));
        var end = Date(Required(e, "period-end"));
        var value = Required(e, "value");
        var amount = Amount(value);
        var valueDate = Date(value, "value-date");
        if (start is null || end is null || amount is null || valueDate is null) return null;
        return new IatiBudget((string?)e.Attribute("type"), (string?)e.Attribute("status"), start.Value, end.Value, amount.Value, (string?)value!.Attribute("currency"), valueDate.Value);
    }

    private IatiTransaction? Transaction(XElement e)
    {
        var type = Code(Required(e, "transaction-type"), "code", IatiCodes.TransactionType);
        var date = Date(Required(e, "transaction-date"));
        var value = Required(e, "value");
        var amount = Amount(value);
        var valueDate = Date(value, "value-date");
        if (type is null || date is null || amount is null || valueDate is null) return null;
        return new IatiTransaction(type, date.Value, amount.Value, (string?)value!.Attribute("currency"), valueDate.Value,
            (string?)e.Element("provider-org")?.Attribute("ref"), (string?)e.Element("receiver-org")?.Attribute("ref"));
    }

    private XElement? Required(XElement parent, string name)
    {
        var e = parent.Element(name);
        if (e is null) problems.Error(At(parent), $"<{parent.Name.LocalName}> lacks required <{name}>");
        return e;
    }

    private double? Amount(XElement? value)
    {
        if (value is null) return null;
        if (ValueParsing.TryNumber(value.Value, out var v)) return v;
        problems.Error(At(value), $"value '{value.Value.Trim()}' is not a number");
        return null;
    }
}
