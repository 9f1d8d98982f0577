using System.Reflection;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace HumanSecurity.Formats.Yaml;

/// <summary>The one way every YAML side file (index models, poverty and perception specs, indicator catalogues, HXL,
/// SDMX and survey mappings) is loaded: bounded before YamlDotNet builds anything, so that hostile input fails as a
/// located error instead of a stack overflow or an exponential walk. The text is first scanned as a flat event stream
/// (YamlDotNet's parser keeps its own stack, so this scan does not recurse): nesting deeper than <see cref="MaxDepth"/>
/// and documents whose aliases expand past <see cref="MaxNodes"/> nodes (a "billion laughs" bomb) are rejected.</summary>
internal static partial class YamlInput
{
    /// <summary>Deepest nesting of mappings and lists accepted; real models and specs use fewer than 10 levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most nodes a document may hold once every alias is expanded.</summary>
    public const int MaxNodes = 1_000_000;

    /// <summary>The root node of the first document, or null for an empty text.</summary>
    /// <exception cref="InvalidInputException">Not valid YAML, or beyond the limits; located <c>file:line:column</c>.</exception>
    public static YamlNode? Load(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.TrimStart('\uFEFF');
        Guard(text, file);
        var stream = new YamlStream();
        Run(file, () => stream.Load(new StringReader(text)));
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>Deserialises a mapping file into <typeparamref name="T"/> (keys in snake_case); unknown keys and wrong
    /// value types become located errors in the user's terms (key names, never .NET type names).</summary>
    public static T? Deserialize<T>(string text, string file) where T : class
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.TrimStart('\uFEFF');
        Guard(text, file);
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        T? result = null;
        Run(file, () => result = deserializer.Deserialize<T?>(text), KeysOf(typeof(T)));
        return result;
    }

    private static void Guard(string text, string file)
    {
        var parser = new Parser(new StringReader(text));
        var open = new Stack<(string? Anchor, long Start)>();
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long nodes = 0;
        Run(file, () =>
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        var anchor = ((NodeEvent)parser.Current!).Anchor;
                        open.Push((anchor.IsEmpty ? null : anchor.Value, nodes++));
                        if (open.Count > MaxDepth) Fail(file, parser.Current!, $"nesting deeper than {MaxDepth} levels of mappings and lists; expected a flatter file");
                        break;
                    case MappingEnd or SequenceEnd:
                        var (name, start) = open.Pop();
                        if (name is not null) sizes[name] = nodes - start;
                        break;
                    case Scalar s:
                        nodes++;
                        if (!s.Anchor.IsEmpty) sizes[s.Anchor.Value] = 1;
                        break;
                    case AnchorAlias a:
                        nodes += sizes.GetValueOrDefault(a.Value.Value, 1);
                        break;
                }
                if (nodes > MaxNodes) Fail(file, parser.Current!, $"the document expands to more than {MaxNodes:N0} nodes (aliases of aliases?); expected a smaller file");
            }
        });
    }

    private static void Fail(string file, ParsingEvent at, string message) =>
        throw new InvalidInputException(Problem.At(file, (int)at.Start.Line, Column(at.Start)), message);

    private static string Column(Mark mark) => ((int)mark.Column).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // YamlDotNet reports bad input as YamlException, and a few unterminated flow collections as InvalidOperationException.
    private static void Run(string file, Action action, IReadOnlyList<string>? keys = null)
    {
        try
        {
            action();
        }
        catch (YamlException e)
        {
            throw new InvalidInputException(Problem.At(file, (int)e.Start.Line, Column(e.Start)), Explain(e, keys));
        }
        catch (InvalidOperationException)
        {
            throw new InvalidInputException(Problem.At(file, 1), "not valid YAML: unterminated '[' or '{' (check brackets and quotes)");
        }
    }

    private static string Explain(YamlException e, IReadOnlyList<string>? keys)
    {
        var inner = (e.InnerException ?? e).Message;
        if (UnknownProperty().Match(e.Message) is { Success: true } m)
            return $"unknown key '{m.Groups[1].Value}'" + (keys is null ? "" : $"; expected one of: {string.Join(", ", keys)}");
        if (e.InnerException is FormatException or OverflowException or InvalidCastException || TypeName().IsMatch(inner))
            return "a value has the wrong kind here (text, number, list or mapping); check the value at this position against the documented format";
        return $"not valid YAML: {inner}";
    }

    private static string[] KeysOf(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => UnderscoredNamingConvention.Instance.Apply(p.Name))];

    [GeneratedRegex(@"Property '([^']*)' not found on type")]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"\b(System|HumanSecurity|YamlDotNet)\.[A-Za-z]")]
    private static partial Regex TypeName();
}
