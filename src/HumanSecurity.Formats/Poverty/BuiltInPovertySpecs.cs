using HumanSecurity.Poverty;
using HumanSecurity.Runs;

using Perception = HumanSecurity.Poverty.Perception;

namespace HumanSecurity.Formats.Poverty;

/// <summary>Specs shipped with hso: <c>global-mpi</c> (OPHI/UNDP global MPI since 2018, 10 indicators) and
/// <c>perception</c> (a reconstruction of a perceived-human-security index, see docs/poverty.md).</summary>
public static class BuiltInPovertySpecs
{
    public const string GlobalMpi = """
        # Global MPI (OPHI/UNDP, 2018 revision; Alkire & Kanagaratnam & Suppa MN 46/47/49).
        # Household rows; estimates are of persons (weight x size). Poor if c >= k, k in percent as mpitb (c >= 33/100).
        name: global-mpi
        unit: hh_id
        weight: hh_weight
        size: hh_size
        strata: stratum
        psu: psu
        over: [adm1, urban]
        k: [20, 33, 50]
        severe: 1/2          # severe poverty: c >= 1/2
        vulnerable: 1/5      # vulnerable: 1/5 <= c < k
        missing:
          absent_indicator: reweight   # an indicator absent from the survey gives its weight to its dimension
        inference: {ci: logit, df: design, level: 0.95, singleton: centered, changes: total}
        indicators:
          # Health (1/3)
          - {column: d_nutr, dimension: health, weight: 1/6}
          - {column: d_cm, dimension: health, weight: 1/6}
          # Education (1/3): built from the person roster when one is given, else read from the household column
          - column: d_educ
            dimension: education
            weight: 1/6
            roster: {value: years_school, deprived_if: "< 6", aggregate: all, age: age, min_age: 10, min_data_share: 2/3, no_eligible: nondeprived}
          - column: d_satt
            dimension: education
            weight: 1/6
            roster: {value: attending_school, deprived_if: "== 0", aggregate: any, age: age, min_age: 6, max_age: 14, min_data_share: 2/3, no_eligible: nondeprived}
          # Living standards (1/3)
          - {column: d_ckfl, dimension: living_standards, weight: 1/18}
          - {column: d_sani, dimension: living_standards, weight: 1/18}
          - {column: d_wtr, dimension: living_standards, weight: 1/18}
          - {column: d_elct, dimension: living_standards, weight: 1/18}
          - {column: d_hsg, dimension: living_standards, weight: 1/18}
          - {column: d_asst, dimension: living_standards, weight: 1/18}

        """;

    /// <summary>A RECONSTRUCTION of UNDP's perceived-human-security index (2022 Special Report) from World Values Survey
    /// wave 7 items; the report's exact dimensions, weights and band cut-offs are not published in a form we could
    /// verify, so these are documented assumptions (docs/poverty.md).</summary>
    public const string PerceptionWvs = """
        # RECONSTRUCTION (not UNDP's official specification) of a perceived-human-security index from World Values
        # Survey wave 7 items (UNDP 2022 Special Report, I-HS). Dimensions, weights and band cut-offs are assumptions
        # to verify against the report's technical note. Items are recoded to 0 (secure) .. 1 (insecure); WVS
        # negative codes (don't know, no answer, not asked) fall outside the scale and are missing.
        name: perception-wvs
        unit: D_INTERVIEW
        weight: W_WEIGHT
        over: [B_COUNTRY_ALPHA]
        dimensions:
          - {name: general, weight: 1/4}          # feeling of security
          - {name: crime, weight: 1/4}            # personal and community safety
          - {name: socioeconomic, weight: 1/4}    # livelihood worries and deprivations
          - {name: conflict, weight: 1/4}         # violent conflict worries
        items:
          - {column: Q131, dimension: general, scale: [1, 4]}        # secure these days: 1 very .. 4 not at all
          - {column: Q132, dimension: crime, scale: [4, 1]}          # robberies in neighbourhood: 1 very frequently .. 4 not at all
          - {column: Q133, dimension: crime, scale: [4, 1]}          # alcohol consumption in the streets
          - {column: Q134, dimension: crime, scale: [4, 1]}          # police or military interfering in private life
          - {column: Q135, dimension: crime, scale: [4, 1]}          # racist behaviour
          - {column: Q136, dimension: crime, scale: [4, 1]}          # drug sale in streets
          - {column: Q137, dimension: crime, scale: [4, 1]}          # street violence and fights
          - {column: Q138, dimension: crime, scale: [4, 1]}          # sexual harassment
          - {column: Q52, dimension: crime, scale: [4, 1]}           # felt unsafe from crime at home: 1 often .. 4 never
          - {column: Q142, dimension: socioeconomic, scale: [4, 1]}  # worry losing or not finding a job: 1 very much .. 4 not at all
          - {column: Q143, dimension: socioeconomic, scale: [4, 1]}  # worry not giving children a good education
          - {column: Q51, dimension: socioeconomic, scale: [4, 1]}   # gone without enough food: 1 often .. 4 never
          - {column: Q53, dimension: socioeconomic, scale: [4, 1]}   # gone without medicine or treatment
          - {column: Q54, dimension: socioeconomic, scale: [4, 1]}   # gone without cash income
          - {column: Q55, dimension: socioeconomic, scale: [4, 1]}   # gone without a safe shelter
          - {column: Q146, dimension: conflict, scale: [4, 1]}       # worry: war involving my country
          - {column: Q147, dimension: conflict, scale: [4, 1]}       # worry: terrorist attack
          - {column: Q148, dimension: conflict, scale: [4, 1]}       # worry: civil war
        bands:
          - {name: relatively_secure, below: 1/4}
          - {name: moderately_insecure, below: 1/2}
          - {name: very_insecure}
        counting: {dimension_cutoff: 1/2, k: [1/4, 1/2]}
        inference: {ci: logit, df: design, singleton: centered}

        """;

    public static IReadOnlyList<string> Names { get; } = ["global-mpi", "perception-wvs"];

    /// <summary>The YAML text of a built-in spec, or null.</summary>
    public static string? Text(string name) => name switch
    {
        "global-mpi" => GlobalMpi,
        "perception-wvs" => PerceptionWvs,
        _ => null,
    };

    /// <summary>Reads a perception spec: a built-in name or a YAML file.</summary>
    public static Perception.PerceptionSpec LoadPerception(string nameOrPath)
    {
        if (Text(nameOrPath) is { } text) return PerceptionSpecReader.Parse(text, nameOrPath);
        if (!File.Exists(nameOrPath)) throw new InvalidInputException(nameOrPath, "spec file not found");
        return PerceptionSpecReader.Parse(File.ReadAllText(nameOrPath), Path.GetFileName(nameOrPath));
    }

    /// <summary>Reads a spec with its identity for the run manifest: a built-in name (origin <c>built-in</c>), or else a
    /// YAML file (origin <c>file</c>). The hash is <see cref="ContentHash.OfText"/> of the text in both cases.</summary>
    /// <exception cref="InvalidInputException">Not found, or not a valid spec.</exception>
    public static LoadedSpec Resolve(string nameOrPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrPath);
        if (Text(nameOrPath) is { } text)
        {
            var builtIn = PovertySpecReader.Parse(text, nameOrPath);
            return new LoadedSpec(builtIn, ModelIdentity.FromText(builtIn.Name, nameOrPath, null, ModelIdentity.BuiltIn, null, text));
        }
        if (!File.Exists(nameOrPath))
            throw new InvalidInputException(nameOrPath, $"spec file not found (built-in specs: {string.Join(", ", Names)})");
        var fileText = File.ReadAllText(nameOrPath);
        var spec = PovertySpecReader.Parse(fileText, Path.GetFileName(nameOrPath));
        return new LoadedSpec(spec, ModelIdentity.FromText(spec.Name, nameOrPath, null, ModelIdentity.File, Path.GetFullPath(nameOrPath), fileText));
    }

    /// <summary>The spec of a manifest, parsed from its text.</summary>
    public static PovertySpec FromText(ModelIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return PovertySpecReader.Parse(identity.Text, identity.Path is null ? identity.Reference : Path.GetFileName(identity.Path));
    }

    /// <summary>Reads <paramref name="nameOrPath"/> as a built-in spec name, or else as a YAML file.</summary>
    public static PovertySpec Load(string nameOrPath) =>
        Text(nameOrPath) is { } text ? PovertySpecReader.Parse(text, nameOrPath) : PovertySpecReader.ReadFile(nameOrPath);
}
