using HumanSecurity.Formats.Catalogue;
using HumanSecurity.Formats.Hxl;
using HumanSecurity.Formats.Kobo;
using HumanSecurity.Formats.Models;
using HumanSecurity.Formats.Poverty;
using HumanSecurity.Formats.Sdmx;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Fuzz;

/// <summary>Seeded mutations (<see cref="Mutator"/>, including deep nesting and alias bombs) of every YAML and CSV side
/// file: index models, poverty and perception specs, indicator catalogues in YAML, HXL / SDMX / survey mappings and
/// <c>--weights</c> files. Each reader returns or throws <see cref="InvalidInputException"/> with located, bounded
/// errors — never a stack overflow, a .NET exception or an unlocated message.</summary>
public sealed class SideFileFuzzTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "Fuzz", "corpus", name);

    public static TheoryData<string, int> Readers => new()
    {
        { "model", 40 }, { "poverty-spec", 40 }, { "perception-spec", 20 }, { "indicators-yaml", 20 },
        { "hxl-mapping", 20 }, { "sdmx-mapping", 20 }, { "survey-mapping", 20 }, { "weights", 30 },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_MutatedSideFile_LocatedErrorOrResult(string reader, int quick)
    {
        var (name, original) = Seed(reader);
        var path = _dir.File(name);
        var mutator = new Mutator(FuzzBudget.Seed(7_000 + reader.Length));
        for (var i = 0; i < FuzzBudget.Mutations(quick); i++)
        {
            File.WriteAllBytes(path, mutator.Mutate(original));
            try
            {
                Read(reader, path);
            }
            catch (InvalidInputException e)
            {
                FuzzBudget.AssertLocatedAndBounded(e, name, $"{reader} mutant {i}");
            }
        }
    }

    private static (string Name, byte[] Bytes) Seed(string reader) => reader switch
    {
        "model" => ("model.yaml", File.ReadAllBytes(Path.Combine(Fixtures.RepoRoot, "models", "human-security.yaml"))),
        "poverty-spec" => ("spec.yaml", System.Text.Encoding.UTF8.GetBytes(BuiltInPovertySpecs.Text("global-mpi")!)),
        "perception-spec" => ("perception.yaml", System.Text.Encoding.UTF8.GetBytes(BuiltInPovertySpecs.Text("perception-wvs")!)),
        "indicators-yaml" => ("indicators.yaml", File.ReadAllBytes(Corpus("indicators.yaml"))),
        "hxl-mapping" => ("hxl-mapping.yaml", File.ReadAllBytes(Corpus("hxl-mapping.yaml"))),
        "sdmx-mapping" => ("sdmx-mapping.yaml", File.ReadAllBytes(Corpus("sdmx-mapping.yaml"))),
        "survey-mapping" => ("survey-mapping.yaml", File.ReadAllBytes(Corpus("survey-mapping.yaml"))),
        _ => ("weights.csv", File.ReadAllBytes(Corpus("weights.csv"))),
    };

    private static void Read(string reader, string path)
    {
        var name = Path.GetFileName(path);
        switch (reader)
        {
            case "model": ModelYamlReader.ReadFile(path); break;
            case "poverty-spec": PovertySpecReader.ReadFile(path); break;
            case "perception-spec": PerceptionSpecReader.Parse(HumanSecurity.Formats.Text.TextDecoding.ReadAllText(path), name); break;
            case "indicators-yaml":
                var problems = new ProblemList();
                IndicatorsYamlImporter.Parse(name, HumanSecurity.Formats.Text.TextDecoding.ReadAllText(path), problems);
                problems.ThrowIfErrors();
                break;
            case "hxl-mapping": HxlMapping.Load(path); break;
            case "sdmx-mapping": SdmxMapping.Load(path); break;
            case "survey-mapping": SurveyMapping.Load(path); break;
            default: WeightsCsvReader.Read(path); break;
        }
    }
}
