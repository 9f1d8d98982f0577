using System.Globalization;
using MathNet.Numerics.Distributions;

namespace HumanSecurity.Demo;

/// <summary>Writes the household survey (2024): <c>survey_households.csv</c> with the ten global-MPI deprivation flags
/// and <c>survey_persons.csv</c>, the roster. Each household's deprivation probabilities come from its admin-2 area's
/// 2024 values in <c>observations.csv</c> (shifted for urban or rural residence); a household-level factor correlates
/// the deprivations. Education flags are drawn first and the roster is built to agree with them (global MPI:
/// <c>d_educ</c> = no member aged 10+ has six years of school; <c>d_satt</c> = a child aged 6–14 is not attending).</summary>
internal sealed class DemoSurvey
{
    public static readonly string[] HouseholdColumns =
        ["hh_id", "country", "adm1", "adm2", "urban", "stratum", "psu", "hh_weight", "hh_size",
         "d_cm", "d_nutr", "d_satt", "d_educ", "d_elct", "d_wtr", "d_sani", "d_hsg", "d_ckfl", "d_asst"];

    public static readonly string[] PersonColumns = ["hh_id", "person_id", "sex", "age", "years_school", "attending_school"];

    /// <summary>Deprivation column and the indicator (2024, admin-2 unless noted) its probability comes from.</summary>
    private static readonly (string Column, string Indicator, double Missing)[] Deprivations =
    [
        ("d_cm", "HLT_U5MR", 0.004), ("d_nutr", "HLT_STUNTING", 0.015), ("d_satt", "POV_OUT_OF_SCHOOL", 0),
        ("d_educ", "POV_SCHOOLING", 0), ("d_elct", "POV_ELEC", 0.001), ("d_wtr", "POV_WATER", 0.003),
        ("d_sani", "POV_SANIT", 0.002), ("d_hsg", "POV_HOUSING", 0.002), ("d_ckfl", "POV_COOKFUEL", 0.001), ("d_asst", "POV_ASSETS", 0.002),
    ];

    private readonly DemoObservations _observations;
    private readonly DemoRandom _random;
    private readonly DemoCsvWriter _households;
    private readonly DemoCsvWriter _persons;
    private int _nextHousehold = 1;

    private DemoSurvey(DemoObservations observations, DemoRandom random, DemoCsvWriter households, DemoCsvWriter persons)
    {
        _observations = observations;
        _random = random;
        _households = households;
        _persons = persons;
    }

    public static (long Households, long Persons) Write(DemoScenario scenario, DemoObservations observations, int seed, string directory)
    {
        var random = DemoRandom.Derive(seed, "survey");
        var design = DemoSurveyDesign.Plan(scenario.Geography, random);
        using var households = new DemoCsvWriter(Path.Combine(directory, "survey_households.csv"), HouseholdColumns);
        using var persons = new DemoCsvWriter(Path.Combine(directory, "survey_persons.csv"), PersonColumns);
        var survey = new DemoSurvey(observations, random, households, persons);
        foreach (var psu in design.Psus)
        {
            var probabilities = survey.Probabilities(psu);
            var weight = design.Weights[psu.Stratum];
            for (var h = 0; h < psu.Households; h++) survey.Household(psu, weight, probabilities);
        }
        return (households.Rows, persons.Rows);
    }

    /// <summary>Normal quantiles of each deprivation's probability for this PSU.</summary>
    private double[] Probabilities(DemoSurveyDesign.Psu psu)
    {
        var area = psu.Area;
        var shift = psu.Urban ? -0.9 * (1 - area.UrbanShare) : 0.9 * area.UrbanShare;
        var q = new double[Deprivations.Length];
        for (var j = 0; j < q.Length; j++)
        {
            var (column, indicator, _) = Deprivations[j];
            var p = column == "d_cm"
                ? Math.Min(0.5, 2.5 * _observations.TotalAt(indicator, area.Parent!.Code, DemoCalendar.SurveyYear) / 1000)
                : _observations.TotalAt(indicator, area.Code, DemoCalendar.SurveyYear) / 100;
            if (double.IsNaN(p)) p = _observations.TotalAt(indicator, area.Parent!.Code, DemoCalendar.SurveyYear) / 100;
            p = Math.Clamp(p, 0.002, 0.998);
            q[j] = Normal.InvCDF(0, 1, DemoPopulation.Logistic(DemoValues.Logit(p) + shift));
        }
        return q;
    }

    private void Household(DemoSurveyDesign.Psu psu, double weight, double[] quantiles)
    {
        var id = _nextHousehold++;
        var members = DemoRoster.Compose(_random, psu.Urban);
        var factor = _random.Normal();
        var flags = new string[Deprivations.Length];
        for (var j = 0; j < flags.Length; j++)
        {
            var deprived = Math.Sqrt(0.5) * factor + Math.Sqrt(0.5) * _random.Normal() < quantiles[j];
            flags[j] = deprived ? "1" : "0";
        }
        var schoolAgeChild = members.Any(m => m.Age is >= 6 and <= 14);
        if (!schoolAgeChild) flags[2] = "0";
        DemoRoster.Educate(_random, members, deprivedYears: flags[3] == "1", deprivedAttendance: flags[2] == "1");
        for (var j = 0; j < flags.Length; j++)
        {
            if (Deprivations[j].Missing > 0 && _random.Chance(Deprivations[j].Missing)) flags[j] = "";
        }
        var hh = id.ToString(CultureInfo.InvariantCulture);
        var area = psu.Area;
        _households.Write([hh, area.Country!.Code, area.Parent!.Code, area.Code, psu.Urban ? "U" : "R", psu.Stratum,
            psu.Id.ToString(CultureInfo.InvariantCulture), weight.ToString("F4", CultureInfo.InvariantCulture),
            members.Count.ToString(CultureInfo.InvariantCulture), .. flags]);
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            _persons.Write(hh, (i + 1).ToString(CultureInfo.InvariantCulture), m.Sex, m.Age.ToString(CultureInfo.InvariantCulture),
                m.YearsSchool?.ToString(CultureInfo.InvariantCulture) ?? "", m.Attending is { } a ? (a ? "1" : "0") : "");
        }
    }
}
