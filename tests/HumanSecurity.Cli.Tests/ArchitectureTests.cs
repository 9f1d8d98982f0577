using System.Reflection;
using System.Xml.Linq;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests;

/// <summary>Every forbidden reference between the src projects, checked two ways: the project files (direct and transitive
/// project references, package and framework references) and the built assemblies' references. Core references no other
/// project and no I/O package; Formats and DuckDb do not know each other; Web knows neither the CLI nor a store backend;
/// the demo generator knows no store, no reader, no web and no CLI. A new src project must get its rules here.</summary>
public sealed class ArchitectureTests
{
    private static readonly string[] IoPackages = ["DuckDB", "ClickHouse", "Microsoft.AspNetCore", "Sep", "YamlDotNet", "NetTopologySuite", "System.CommandLine", "Spectre", "Npgsql", "DocumentFormat.OpenXml"];

    private const string Core = "HumanSecurity.Core", Formats = "HumanSecurity.Formats", DuckDb = "HumanSecurity.DuckDb", Web = "HumanSecurity.Web",
        Cli = "HumanSecurity.Cli", Demo = "HumanSecurity.Demo", ClickHouse = "HumanSecurity.ClickHouse";

    /// <summary>Project → (projects it must not reach, even transitively; package prefixes it must not reference).</summary>
    private static readonly Dictionary<string, (string[] Projects, string[] Packages)> Rules = new()
    {
        [Core] = ([Formats, DuckDb, Web, Cli, Demo, ClickHouse], IoPackages),
        [Formats] = ([DuckDb, ClickHouse, Web, Cli, Demo], ["DuckDB", "ClickHouse", "Microsoft.AspNetCore", "System.CommandLine", "Spectre"]),
        [DuckDb] = ([Formats, ClickHouse, Web, Cli, Demo], ["Microsoft.AspNetCore", "System.CommandLine", "Spectre", "YamlDotNet", "Sep"]),
        [ClickHouse] = ([Formats, DuckDb, Web, Cli, Demo], ["DuckDB", "Microsoft.AspNetCore", "System.CommandLine", "Spectre"]),
        [Web] = ([Cli, DuckDb, ClickHouse, Demo], ["DuckDB", "ClickHouse", "System.CommandLine", "Spectre"]),
        [Demo] = ([Formats, DuckDb, ClickHouse, Web, Cli], ["DuckDB", "ClickHouse", "Microsoft.AspNetCore", "YamlDotNet", "System.CommandLine", "Spectre"]),
        [Cli] = ([], []),
    };

    private static readonly string Src = Path.Combine(Fixtures.RepoRoot, "src");

    private static Dictionary<string, XDocument> Projects() =>
        Directory.GetDirectories(Src).Select(d => Path.Combine(d, Path.GetFileName(d) + ".csproj")).Where(File.Exists)
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), p => XDocument.Load(p));

    private static IEnumerable<string> Includes(XDocument project, string item) =>
        project.Descendants(item).Select(e => (string?)e.Attribute("Include") ?? "").Where(s => s.Length > 0);

    [Fact]
    public void EverySrcProject_HasRules()
    {
        foreach (var name in Projects().Keys) Assert.True(Rules.ContainsKey(name), $"{name}: add its forbidden references to ArchitectureTests.Rules");
    }

    [Fact]
    public void ProjectFiles_NoForbiddenProjectEvenTransitively()
    {
        var projects = Projects();
        var direct = projects.ToDictionary(p => p.Key, p => Includes(p.Value, "ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Replace('\\', '/'))).ToList());
        foreach (var (name, (forbidden, _)) in Rules.Where(r => projects.ContainsKey(r.Key)))
        {
            var reached = new HashSet<string>();
            var queue = new Queue<string>(direct[name]);
            while (queue.TryDequeue(out var next))
                if (reached.Add(next) && direct.TryGetValue(next, out var more)) foreach (var m in more) queue.Enqueue(m);
            var bad = reached.Intersect(forbidden).ToList();
            Assert.True(bad.Count == 0, $"{name} must not reference {string.Join(", ", bad)}");
        }
    }

    [Fact]
    public void ProjectFiles_NoForbiddenPackageOrFramework()
    {
        var projects = Projects();
        foreach (var (name, (_, packages)) in Rules.Where(r => projects.ContainsKey(r.Key)))
        {
            var refs = Includes(projects[name], "PackageReference").Concat(Includes(projects[name], "FrameworkReference")).ToList();
            var bad = refs.Where(r => packages.Any(p => r.StartsWith(p, StringComparison.Ordinal))).ToList();
            Assert.True(bad.Count == 0, $"{name} must not reference {string.Join(", ", bad)}");
        }
        Assert.Equal("Microsoft.NET.Sdk", (string?)projects[Core].Root!.Attribute("Sdk"));
        Assert.Equal("Microsoft.NET.Sdk", (string?)projects[Demo].Root!.Attribute("Sdk"));
    }

    public static TheoryData<string> BuiltAssemblies() => [Core, Formats, DuckDb, Web, Demo];

    [Theory]
    [MemberData(nameof(BuiltAssemblies))]
    public void Assemblies_NoForbiddenReference(string name)
    {
        var assembly = name switch
        {
            Core => typeof(HumanSecurityException).Assembly,
            Formats => typeof(Formats.Models.ModelLibrary).Assembly,
            DuckDb => typeof(DuckDb.DuckDbStore).Assembly,
            Web => typeof(Web.ObservatoryWebApp).Assembly,
            _ => typeof(HumanSecurity.Demo.DemoDataGenerator).Assembly,
        };
        var (projects, packages) = Rules[name];
        var refs = assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
        var bad = refs.Where(r => projects.Contains(r) || packages.Any(p => r.StartsWith(p, StringComparison.Ordinal))).ToList();
        Assert.True(bad.Count == 0, $"{name} references {string.Join(", ", bad)}");
        Assert.Equal(name, assembly.GetName().Name);
    }

    [Fact]
    public void Demo_UsesNoStoreType()
    {
        var storage = typeof(Storage.IStore).Namespace!;
        var demo = typeof(HumanSecurity.Demo.DemoDataGenerator).Assembly;
        var touching = demo.GetTypes().SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly).Select(f => f.FieldType)
                .Concat(t.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))))
            .Where(t => t.Namespace == storage).Select(t => t.Name).Distinct().ToList();
        Assert.True(touching.Count == 0, "the demo generator writes files only; it uses store types " + string.Join(", ", touching));
    }
}
