using System.Globalization;
using System.Text;
using HumanSecurity.Indices;

namespace HumanSecurity.Formats.Models;

/// <summary>Writes an index model as YAML that <see cref="ModelYamlReader"/> reads back to the same model.</summary>
public static class ModelYamlWriter
{
    public static string Write(IndexModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var sb = new StringBuilder();
        sb.Append("name: ").AppendLine(Q(model.Name));
        if (model.Title is not null) sb.Append("title: ").AppendLine(Q(model.Title));
        if (model.UnitColumn is not null) sb.Append("unit_column: ").AppendLine(Q(model.UnitColumn));
        if (model.TimeColumn is not null) sb.Append("time_column: ").AppendLine(Q(model.TimeColumn));
        if (model.RollUp != RollUp.Scores) sb.Append("roll_up: ").AppendLine(model.RollUp.ToString().ToLowerInvariant());
        var d = model.Defaults;
        sb.AppendLine("defaults:")
          .Append("  denominate: ").AppendLine(d.Denominate ? "true" : "false")
          .Append("  impute: ").AppendLine(Q(d.Impute.ToString()))
          .Append("  screen: ").AppendLine(N(d.Screen))
          .Append("  treat: ").AppendLine(Q(d.Treat.ToString()))
          .Append("  normalise: ").AppendLine(Q(d.Normalise.ToString()))
          .Append("  aggregate: ").AppendLine(Q(d.Aggregate.ToString()))
          .Append("  min_share: ").AppendLine(N(d.MinShare));
        if (model.Classes.Count > 0)
        {
            sb.AppendLine("classes:");
            foreach (var c in model.Classes) sb.Append("  - { label: ").Append(Q(c.Label)).Append(", from: ").Append(N(c.Lower)).AppendLine(" }");
        }
        sb.AppendLine("indicators:");
        foreach (var i in model.Indicators) WriteIndicator(sb, i);
        sb.AppendLine("nodes:");
        foreach (var n in model.Nodes) WriteNode(sb, n);
        return sb.ToString();
    }

    private static void WriteIndicator(StringBuilder sb, ModelIndicator i)
    {
        sb.Append("  - code: ").AppendLine(Q(i.Code));
        if (i.Name is not null) sb.Append("    name: ").AppendLine(Q(i.Name));
        sb.Append("    parent: ").AppendLine(i.ExtraParents.Count == 0 ? Q(i.Parent) : "[" + string.Join(", ", new[] { i.Parent }.Concat(i.ExtraParents).Select(Q)) + "]");
        sb.Append("    direction: ").AppendLine(i.Direction.ToString(CultureInfo.InvariantCulture));
        sb.Append("    weight: ").AppendLine(N(i.Weight));
        if (i.Denominator is not null) sb.Append("    denominator: ").AppendLine(Q(i.Denominator));
        if (i.GoalMin is { } lo && i.GoalMax is { } hi) sb.Append("    goalposts: [").Append(N(lo)).Append(", ").Append(N(hi)).AppendLine("]");
        if (i.Target is { } t) sb.Append("    target: ").AppendLine(N(t));
        if (i.Reference is not null) sb.Append("    reference: ").AppendLine(Q(i.Reference));
        if (i.Treat is { } tr) sb.Append("    treat: ").AppendLine(Q(tr.ToString()));
        if (i.Normalise is { } no) sb.Append("    normalise: ").AppendLine(Q(no.ToString()));
        if (i.Impute is { } im) sb.Append("    impute: ").AppendLine(Q(im.ToString()));
    }

    private static void WriteNode(StringBuilder sb, ModelNode n)
    {
        sb.Append("  - code: ").AppendLine(Q(n.Code));
        if (n.Name is not null) sb.Append("    name: ").AppendLine(Q(n.Name));
        if (n.Parent is not null) sb.Append("    parent: ").AppendLine(Q(n.Parent));
        if (n.Level > 0) sb.Append("    level: ").AppendLine(n.Level.ToString(CultureInfo.InvariantCulture));
        sb.Append("    weight: ").AppendLine(N(n.Weight));
        if (n.Aggregate is { } a) sb.Append("    aggregate: ").AppendLine(Q(a.ToString()));
        if (n.MinShare is { } s) sb.Append("    min_share: ").AppendLine(N(s));
        if (n.Members is not null) sb.Append("    members: ").AppendLine(Q(n.Members));
    }

    private static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string Q(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
