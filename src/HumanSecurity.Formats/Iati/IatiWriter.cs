using System.Globalization;
using System.Text;
using System.Xml;

namespace HumanSecurity.Formats.Iati;

/// <summary>Writes IATI 2.03 activity XML in schema order; the output validates against the 2.03 XSD and
/// <see cref="IatiReader"/> reads back the same <see cref="IatiActivity"/>.</summary>
public static class IatiWriter
{
    public static string Write(IReadOnlyList<IatiActivity> activities, DateTimeOffset generated)
    {
        ArgumentNullException.ThrowIfNull(activities);
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            w.WriteStartElement("iati-activities");
            w.WriteAttributeString("version", "2.03");
            w.WriteAttributeString("generated-datetime", generated.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            foreach (var a in activities) Activity(w, a);
            w.WriteEndElement();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Activity(XmlWriter w, IatiActivity a)
    {
        w.WriteStartElement("iati-activity");
        if (a.DefaultLanguage is { } lang) w.WriteAttributeString("xml", "lang", null, lang);
        if (a.DefaultCurrency is { } cur) w.WriteAttributeString("default-currency", cur);
        if (a.Humanitarian) w.WriteAttributeString("humanitarian", "1");
        w.WriteElementString("iati-identifier", a.Identifier);
        Org(w, "reporting-org", a.ReportingOrg);
        Narratives(w, "title", a.Title);
        foreach (var (type, text) in a.Descriptions) Narratives(w, "description", text, ("type", type));
        foreach (var p in a.ParticipatingOrgs) Org(w, "participating-org", p);
        Empty(w, "activity-status", ("code", a.Status));
        foreach (var (type, date) in a.Dates) Empty(w, "activity-date", ("iso-date", Iso(date)), ("type", type));
        foreach (var c in a.RecipientCountries) Empty(w, "recipient-country", ("code", c.Code), ("percentage", Num(c.Percentage)));
        foreach (var r in a.RecipientRegions) Empty(w, "recipient-region", ("code", r.Code), ("vocabulary", r.Vocabulary), ("percentage", Num(r.Percentage)));
        foreach (var l in a.Locations) Location(w, l);
        foreach (var s in a.Sectors) Empty(w, "sector", ("vocabulary", s.Vocabulary), ("code", s.Code), ("percentage", Num(s.Percentage)));
        foreach (var t in a.Tags) Empty(w, "tag", ("vocabulary", t.Vocabulary), ("code", t.Code));
        foreach (var b in a.Budgets) Budget(w, b);
        foreach (var t in a.Transactions) Transaction(w, t);
        w.WriteEndElement();
    }

    private static void Org(XmlWriter w, string name, IatiOrg o)
    {
        w.WriteStartElement(name);
        Attributes(w, ("ref", o.Ref), ("role", o.Role), ("type", o.Type));
        foreach (var n in o.Names) Narrative(w, n);
        w.WriteEndElement();
    }

    private static void Narratives(XmlWriter w, string name, IReadOnlyList<IatiNarrative> list, params (string, string?)[] attributes)
    {
        w.WriteStartElement(name);
        Attributes(w, attributes);
        foreach (var n in list) Narrative(w, n);
        w.WriteEndElement();
    }

    private static void Narrative(XmlWriter w, IatiNarrative n)
    {
        w.WriteStartElement("narrative");
        if (n.Lang.Length > 0) w.WriteAttributeString("xml", "lang", null, n.Lang);
        w.WriteString(n.Text);
        w.WriteEndElement();
    }

    private static void Location(XmlWriter w, IatiLocation l)
    {
        w.WriteStartElement("location");
        Attributes(w, ("ref", l.Ref));
        foreach (var id in l.Ids) Empty(w, "location-id", ("vocabulary", id.Vocabulary), ("code", id.Code));
        if (l.Name is { } name) Narratives(w, "name", [new IatiNarrative("", name)]);
        foreach (var ad in l.Administrative) Empty(w, "administrative", ("vocabulary", ad.Vocabulary), ("code", ad.Code));
        if (l.Latitude is { } lat && l.Longitude is { } lon)
        {
            w.WriteStartElement("point");
            w.WriteAttributeString("srsName", "http://www.opengis.net/def/crs/EPSG/0/4326");
            w.WriteElementString("pos", $"{Num(lat)} {Num(lon)}");
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Budget(XmlWriter w, IatiBudget b)
    {
        w.WriteStartElement("budget");
        Attributes(w, ("type", b.Type), ("status", b.Status));
        Empty(w, "period-start", ("iso-date", Iso(b.Start)));
        Empty(w, "period-end", ("iso-date", Iso(b.End)));
        Value(w, b.Value, b.Currency, b.ValueDate);
        w.WriteEndElement();
    }

    private static void Transaction(XmlWriter w, IatiTransaction t)
    {
        w.WriteStartElement("transaction");
        Empty(w, "transaction-type", ("code", t.Type));
        Empty(w, "transaction-date", ("iso-date", Iso(t.Date)));
        Value(w, t.Value, t.Currency, t.ValueDate);
        if (t.Provider is { } p) Empty(w, "provider-org", ("ref", p));
        if (t.Receiver is { } r) Empty(w, "receiver-org", ("ref", r));
        w.WriteEndElement();
    }

    private static void Value(XmlWriter w, double value, string? currency, DateOnly valueDate)
    {
        w.WriteStartElement("value");
        Attributes(w, ("currency", currency), ("value-date", Iso(valueDate)));
        w.WriteString(Num(value));
        w.WriteEndElement();
    }

    private static void Empty(XmlWriter w, string name, params (string, string?)[] attributes)
    {
        w.WriteStartElement(name);
        Attributes(w, attributes);
        w.WriteEndElement();
    }

    private static void Attributes(XmlWriter w, params (string Name, string? Value)[] attributes)
    {
        foreach (var (name, value) in attributes) if (value is not null) w.WriteAttributeString(name, value);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Num(double? v) => v?.ToString("R", CultureInfo.InvariantCulture);

    private static string Num(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
