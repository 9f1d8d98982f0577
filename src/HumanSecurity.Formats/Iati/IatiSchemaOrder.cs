namespace HumanSecurity.Formats.Iati;

/// <summary>The <c>xsd:sequence</c> of <c>iati-activity</c> in the 2.03 schema: element order, and which are required
/// and at most once.</summary>
public static class IatiSchemaOrder
{
    /// <summary>Child elements in schema order with (minOccurs, maxOccurs; 0 = unbounded).</summary>
    public static readonly (string Name, int Min, int Max)[] Activity =
    [
        ("iati-identifier", 1, 1), ("reporting-org", 1, 1), ("title", 1, 1), ("description", 1, 0), ("participating-org", 1, 0),
        ("other-identifier", 0, 0), ("activity-status", 1, 1), ("activity-date", 1, 0), ("contact-info", 0, 0), ("activity-scope", 0, 1),
        ("recipient-country", 0, 0), ("recipient-region", 0, 0), ("location", 0, 0), ("sector", 0, 0), ("tag", 0, 0),
        ("country-budget-items", 0, 1), ("humanitarian-scope", 0, 0), ("policy-marker", 0, 0), ("collaboration-type", 0, 1),
        ("default-flow-type", 0, 1), ("default-finance-type", 0, 1), ("default-aid-type", 0, 0), ("default-tied-status", 0, 1),
        ("budget", 0, 0), ("planned-disbursement", 0, 0), ("capital-spend", 0, 1), ("transaction", 0, 0), ("document-link", 0, 0),
        ("related-activity", 0, 0), ("legacy-data", 0, 0), ("conditions", 0, 1), ("result", 0, 0), ("crs-add", 0, 1), ("fss", 0, 1),
    ];

    private static readonly Dictionary<string, int> Position = Activity.Select((e, i) => (e.Name, i)).ToDictionary(x => x.Name, x => x.i);

    /// <summary>Position of an element in the sequence, or -1 when the schema does not define it.</summary>
    public static int IndexOf(string name) => Position.GetValueOrDefault(name, -1);
}
