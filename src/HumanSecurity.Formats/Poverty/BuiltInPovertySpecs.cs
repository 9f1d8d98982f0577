using HumanSecurity.Poverty;

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

    public static IReadOnlyList<string> Names { get; } = ["global-mpi"];

    /// <summary>The YAML text of a built-in spec, or null.</summary>
    public static string? Text(string name) => name switch
    {
        "global-mpi" => GlobalMpi,
        _ => null,
    };

    /// <summary>Reads <paramref name="nameOrPath"/> as a built-in spec name, or else as a YAML file.</summary>
    public static PovertySpec Load(string nameOrPath) =>
        Text(nameOrPath) is { } text ? PovertySpecReader.Parse(text, nameOrPath) : PovertySpecReader.ReadFile(nameOrPath);
}
