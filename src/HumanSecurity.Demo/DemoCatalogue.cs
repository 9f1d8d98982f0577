using HumanSecurity.Indicators;
using C = HumanSecurity.Indicators.ThreatCluster;
using D = HumanSecurity.Indicators.Direction;
using I = HumanSecurity.Indicators.Impacts;
using K = HumanSecurity.Demo.DemoValueKind;
using L = HumanSecurity.Demo.DemoLevel;
using T = HumanSecurity.Indicators.InsecurityTypes;
using TF = HumanSecurity.Indicators.Timeframe;

namespace HumanSecurity.Demo;

/// <summary>The demo indicator catalogue: 43 annual indicators and 3 monthly event series covering the five threat
/// clusters, the seven insecurity types and the three impacts. Names are realistic; every value is synthetic.</summary>
internal static class DemoCatalogue
{
    public const string ConflictEvents = "EVT_CONFLICT";
    public const string DisasterAffected = "EVT_DISASTER_AFF";
    public const string DiseaseCases = "EVT_DISEASE";

    public static IReadOnlyList<DemoIndicatorSpec> Annual { get; } =
    [
        // Climate change, biodiversity loss and pollution
        new("CLM_DROUGHT_IDX", "Drought severity index", "index 0-10", D.HigherIsWorse, C.Climate, T.Environmental | T.Food, I.Survival | I.Livelihood, TF.Emerging, "13.1", "Combined rainfall and vegetation deficit, 0 (none) to 10 (extreme).")
        { Kind = K.Score, Base = 2.5, Spread = 0.7, Trend = 0.03, Loadings = new(0, 0, 1, 0, 0), Drought = 2.2, Decimals = 2 },
        new("CLM_FLOOD_EXP", "Population exposed to river floods", "% of population", D.HigherIsWorse, C.Climate, T.Environmental, I.Survival | I.Livelihood, TF.Structural, "13.1", "Share of people living in the 1-in-100-year flood zone.")
        { Base = 9, Spread = 0.8, Trend = 0.01, Loadings = new(0.2, 0, -0.6, 0, 0) },
        new("CLM_WATER_STRESS", "Level of water stress", "% of renewable resources withdrawn", D.HigherIsWorse, C.Climate, T.Environmental | T.Economic, I.Livelihood, TF.Structural, "6.4.2", "Freshwater withdrawal as a share of available resources.")
        { Level = L.Admin1, Base = 35, Spread = 0.6, Trend = 0.02, Loadings = new(0, 0, 0.9, 0, 0), Drought = 0.6 },
        new("CLM_FOREST_LOSS", "Tree cover loss", "% of tree cover per year", D.HigherIsWorse, C.Climate, T.Environmental, I.Livelihood, TF.Structural, "15.1.1", "Annual loss of tree cover.")
        { Kind = K.Rate, Base = 0.8, Spread = 0.6, Trend = 0.02, Loadings = new(0.5, 0.3, 0.2, 0, 0), Decimals = 2 },
        new("CLM_PM25", "Mean PM2.5 concentration", "µg/m³", D.HigherIsWorse, C.Climate, T.Environmental | T.Health, I.Survival, TF.Structural, "11.6.2", "Population-weighted annual mean of fine particulate matter.")
        { Kind = K.Rate, Base = 22, Spread = 0.3, Trend = -0.01, Loadings = new(0.3, 0, 0.5, 0, -0.5) },
        new("CLM_HEAT_DAYS", "Days above 35 °C", "days", D.HigherIsWorse, C.Climate, T.Environmental | T.Health, I.Survival, TF.Emerging, "13.1", "Days per year with a maximum temperature above 35 °C.")
        { Kind = K.Rate, Base = 18, Spread = 0.5, Trend = 0.05, Loadings = new(0, 0, 0.9, 0, 0), Drought = 0.5, Decimals = 0 },
        new("CLM_CROP_LOSS", "Cereal production loss", "% of 5-year average", D.HigherIsWorse, C.Climate, T.Food | T.Environmental | T.Economic, I.Livelihood, TF.Emerging, "2.4.1", "Shortfall of cereal production against the previous five-year average.")
        { Level = L.Admin1, Base = 6, Spread = 0.6, Loadings = new(0.2, 0.3, 0.7, 0, 0), Drought = 2.0, Conflict = 0.7 },

        // Digital technology
        new("DIG_INTERNET", "Individuals using the internet", "% of population", D.HigherIsBetter, C.Digital, T.Economic | T.Political, I.Livelihood | I.Dignity, TF.Structural, "17.8.1", "Share of people who used the internet in the last three months.")
        { Level = L.Admin1, Base = 28, Spread = 0.6, Trend = 0.2, Loadings = new(-0.4, -0.2, 0, 0, -0.8), Epidemic = 0.3, SexGap = -0.35 },
        new("DIG_MOBILE_COV", "Population covered by a mobile broadband network", "% of population", D.HigherIsBetter, C.Digital, T.Economic, I.Livelihood, TF.Structural, "9.c.1", "Share of people within reach of a 3G or better signal.")
        { Base = 55, Spread = 0.7, Trend = 0.22, Loadings = new(-0.3, -0.2, 0, 0, -0.9), Conflict = -0.6 },
        new("DIG_SHUTDOWN_DAYS", "Internet shutdown days", "days", D.HigherIsWorse, C.Digital, T.Political | T.Personal, I.Dignity, TF.Emerging, "16.10.2", "Days with a government-ordered network disruption.")
        { Kind = K.Rate, Level = L.Country, Base = 2, Spread = 0.8, Trend = 0.08, Loadings = new(0, 1.2, 0, 0, 0), Conflict = 1.5, Decimals = 0 },
        new("DIG_CYBER_INC", "Reported cyber incidents", "per 100,000 people", D.HigherIsWorse, C.Digital, T.Personal | T.Economic, I.Livelihood | I.Dignity, TF.Emerging, "", "Fraud, extortion and data-breach incidents reported to the national CERT.")
        { Kind = K.Rate, Level = L.Admin1, Base = 12, Spread = 0.4, Trend = 0.15, Loadings = new(-0.3, 0, 0, 0, -0.6), Decimals = 1 },
        new("DIG_MOBILE_MONEY", "Adults with a mobile-money account", "% of adults", D.HigherIsBetter, C.Digital, T.Economic, I.Livelihood, TF.Structural, "8.10.2", "Share of adults with an account at a mobile-money provider.")
        { Level = L.Admin1, Base = 18, Spread = 0.6, Trend = 0.2, Loadings = new(-0.4, 0, 0, 0, -0.7), SexGap = -0.4 },
        new("DIG_ONLINE_HATE", "Reported online hate speech", "per 100,000 people", D.HigherIsWorse, C.Digital, T.Community | T.Political, I.Dignity, TF.Emerging, "16.b.1", "Hateful posts reported to the national monitoring platform.")
        { Kind = K.Rate, Level = L.Country, Base = 4, Spread = 0.4, Trend = 0.12, Loadings = new(0, 0.8, 0, 0, -0.3), Conflict = 0.8 },

        // Pandemics and health
        new("HLT_U5MR", "Under-five mortality rate", "per 1,000 live births", D.HigherIsWorse, C.Health, T.Health, I.Survival, TF.Structural, "3.2.1", "Probability of dying before age five.")
        { Kind = K.Rate, Level = L.Admin1, Base = 55, Spread = 0.4, Trend = -0.03, Loadings = new(0.6, 0.2, 0, 0.6, 0), Epidemic = 0.1, SexGap = -0.1 },
        new("HLT_MMR", "Maternal mortality ratio", "per 100,000 live births", D.HigherIsWorse, C.Health, T.Health, I.Survival | I.Dignity, TF.Structural, "3.1.1", "Maternal deaths per 100,000 live births.")
        { Kind = K.Rate, Level = L.Admin1, Base = 280, Spread = 0.4, Trend = -0.03, Loadings = new(0.5, 0.3, 0, 0.7, 0), Decimals = 0 },
        new("HLT_DTP3", "DTP3 immunisation coverage", "% of infants", D.HigherIsBetter, C.Health, T.Health, I.Survival, TF.Structural, "3.b.1", "Infants who received three doses of diphtheria-tetanus-pertussis vaccine.")
        { Base = 80, Spread = 0.6, Trend = 0.05, Loadings = new(-0.4, -0.4, 0, -0.7, 0), Epidemic = -0.6, Conflict = -0.8 },
        new("HLT_HEALTH_WORKERS", "Health workers", "per 10,000 people", D.HigherIsBetter, C.Health, T.Health, I.Survival, TF.Structural, "3.c.1", "Doctors, nurses and midwives per 10,000 people.")
        { Kind = K.Rate, Level = L.Admin1, Base = 9, Spread = 0.5, Trend = 0.02, Loadings = new(-0.5, -0.2, 0, -0.8, 0) },
        new("HLT_TRAVEL_TIME", "Population more than one hour from a health facility", "% of population", D.HigherIsWorse, C.Health, T.Health, I.Survival, TF.Structural, "3.8.1", "Share of people living more than one hour's travel from the nearest primary-care facility.")
        { Base = 30, Spread = 0.8, Trend = -0.02, Loadings = new(0.4, 0.2, 0, 0.9, 0) },
        new("HLT_MALARIA", "Malaria incidence", "per 1,000 people at risk", D.HigherIsWorse, C.Health, T.Health, I.Survival, TF.Emerging, "3.3.3", "New confirmed malaria cases.")
        { Kind = K.Rate, Base = 120, Spread = 0.6, Trend = -0.02, Loadings = new(0.4, 0.2, -0.5, 0.4, 0), Epidemic = 0.2, Decimals = 0 },
        new("HLT_EPI_CASES", "Epidemic disease cases", "per 100,000 people", D.HigherIsWorse, C.Health, T.Health | T.Economic, I.Survival | I.Livelihood, TF.Emerging, "3.3", "Notified cases of epidemic-prone diseases (cholera, measles, respiratory outbreaks).")
        { Kind = K.Rate, Base = 40, Spread = 0.5, Loadings = new(0.3, 0.2, 0, 0.4, 0), Epidemic = 2.6, Conflict = 0.5, Decimals = 0 },
        new("HLT_STUNTING", "Stunting among children under five", "% of children under 5", D.HigherIsWorse, C.Health, T.Health | T.Food, I.Survival | I.Dignity, TF.Structural, "2.2.1", "Children whose height-for-age is below −2 SD.")
        { Base = 26, Spread = 0.5, Trend = -0.02, Loadings = new(0.8, 0.2, 0.2, 0.3, 0), Drought = 0.25 },

        // Poverty, hunger and inequality
        new("POV_HC", "Poverty headcount at $2.15 a day", "% of population", D.HigherIsWorse, C.Poverty, T.Economic, I.Livelihood | I.Dignity, TF.Structural, "1.1.1", "Share of people living on less than $2.15 a day (2017 PPP).")
        { Base = 32, Spread = 0.8, Trend = -0.03, Loadings = new(1, 0.2, 0.1, 0, 0), Drought = 0.3, Epidemic = 0.2, Conflict = 0.4 },
        new("POV_FOOD_INSEC", "Moderate or severe food insecurity (FIES)", "% of population", D.HigherIsWorse, C.Poverty, T.Food, I.Survival | I.Livelihood, TF.Emerging, "2.1.2", "Prevalence of moderate or severe food insecurity on the Food Insecurity Experience Scale.")
        { Level = L.Admin1, Base = 30, Spread = 0.6, Trend = -0.01, Loadings = new(0.8, 0.3, 0.4, 0, 0), Drought = 1.1, Conflict = 0.8, Epidemic = 0.2, ByGroup = true },
        new("POV_ELEC", "Households without electricity", "% of households", D.HigherIsWorse, C.Poverty, T.Economic, I.Livelihood | I.Dignity, TF.Structural, "7.1.1", "Households with no access to electricity (global MPI: electricity).")
        { Base = 38, Spread = 0.9, Trend = -0.07, Loadings = new(0.9, 0.1, 0, 0.3, 0) },
        new("POV_WATER", "Households without safe drinking water", "% of households", D.HigherIsWorse, C.Poverty, T.Health | T.Environmental, I.Survival | I.Dignity, TF.Structural, "6.1.1", "Households without an improved water source within a 30-minute round trip (global MPI: drinking water).")
        { Base = 30, Spread = 0.7, Trend = -0.04, Loadings = new(0.8, 0.1, 0.3, 0.2, 0), Drought = 0.3 },
        new("POV_SANIT", "Households without improved sanitation", "% of households", D.HigherIsWorse, C.Poverty, T.Health, I.Dignity, TF.Structural, "6.2.1", "Households without an improved, unshared toilet (global MPI: sanitation).")
        { Base = 45, Spread = 0.7, Trend = -0.04, Loadings = new(0.9, 0.1, 0, 0.2, 0) },
        new("POV_COOKFUEL", "Households cooking with solid fuel", "% of households", D.HigherIsWorse, C.Poverty, T.Health | T.Environmental, I.Survival, TF.Structural, "7.1.2", "Households cooking with wood, charcoal, dung or coal (global MPI: cooking fuel).")
        { Base = 62, Spread = 0.8, Trend = -0.04, Loadings = new(0.9, 0, 0, 0.1, 0.2) },
        new("POV_HOUSING", "Households in inadequate housing", "% of households", D.HigherIsWorse, C.Poverty, T.Economic | T.Community, I.Dignity, TF.Structural, "11.1.1", "Households with a natural floor, roof or walls (global MPI: housing).")
        { Base = 35, Spread = 0.7, Trend = -0.03, Loadings = new(0.9, 0.2, 0, 0, 0) },
        new("POV_ASSETS", "Households lacking basic assets", "% of households", D.HigherIsWorse, C.Poverty, T.Economic, I.Livelihood, TF.Structural, "1.4.1", "Households owning at most one small asset and no car (global MPI: assets).")
        { Base = 25, Spread = 0.7, Trend = -0.04, Loadings = new(0.9, 0.2, 0, 0, 0.2), Drought = 0.2 },
        new("POV_SCHOOLING", "Households where no one has six years of schooling", "% of households", D.HigherIsWorse, C.Poverty, T.Economic | T.Community, I.Dignity | I.Livelihood, TF.Structural, "4.1.1", "Households where no member aged 10 or over has completed six years of school (global MPI: years of schooling).")
        { Base = 16, Spread = 0.7, Trend = -0.03, Loadings = new(0.9, 0.2, 0, 0.1, 0) },
        new("POV_OUT_OF_SCHOOL", "Out-of-school children of primary age", "% of children 6-14", D.HigherIsWorse, C.Poverty, T.Community | T.Economic, I.Dignity, TF.Structural, "4.1.1", "Children of primary-school age not attending school (global MPI: school attendance).")
        { Base = 14, Spread = 0.7, Trend = -0.03, Loadings = new(0.8, 0.4, 0, 0, 0), Conflict = 0.9, Epidemic = 0.4, SexGap = 0.25 },
        new("POV_YOUTH_UNEMP", "Youth unemployment rate", "% of labour force 15-24", D.HigherIsWorse, C.Poverty, T.Economic, I.Livelihood, TF.Structural, "8.5.2", "Unemployed people aged 15–24 as a share of the labour force of that age.")
        { Level = L.Admin1, Base = 22, Spread = 0.4, Loadings = new(0.5, 0.4, 0, 0, 0), Epidemic = 0.4, Conflict = 0.3, SexGap = 0.3 },
        new("POV_GINI", "Gini index of consumption", "index 0-100", D.HigherIsWorse, C.Poverty, T.Economic | T.Political, I.Dignity, TF.Structural, "10.1", "Inequality of household consumption per capita; from the household budget surveys.")
        { Kind = K.Score, Max = 100, Level = L.Admin1, Base = 38, Spread = 0.2, Loadings = new(0.3, 0.3, 0, 0, 0), Years = [2015, 2019, 2023] },
        new("POV_FOOD_PRICE", "Food price inflation", "% year on year", D.HigherIsWorse, C.Poverty, T.Food | T.Economic, I.Livelihood, TF.Emerging, "2.c.1", "Change of the food consumer price index over twelve months.")
        { Kind = K.Rate, Level = L.Country, Base = 6, Spread = 0.3, Loadings = new(0.2, 0.3, 0.4, 0, 0), Drought = 1.0, Epidemic = 0.5, Conflict = 0.4 },

        // Conflict, violence and displacement
        new("CNF_FATALITIES", "Conflict-related deaths", "per 100,000 people", D.HigherIsWorse, C.Conflict, T.Personal | T.Political | T.Community, I.Survival, TF.Emerging, "16.1.2", "Deaths in organised violence, by place of death.")
        { Kind = K.Rate, Level = L.Admin1, Base = 1.2, Spread = 1.0, Loadings = new(0.2, 1.2, 0, 0, 0), Conflict = 2.6, Decimals = 2 },
        new("CNF_EVENTS", "Violent events", "events", D.HigherIsWorse, C.Conflict, T.Personal | T.Community, I.Survival, TF.Emerging, "16.1.3", "Battles, explosions and violence against civilians recorded by the event monitor.")
        { Kind = K.Count, Base = 4, Spread = 0.9, Loadings = new(0.2, 1.1, 0, 0, 0), Conflict = 2.3, Decimals = 0 },
        new("CNF_IDP", "Internally displaced people", "% of population", D.HigherIsWorse, C.Conflict, T.Personal | T.Community, I.Survival | I.Livelihood | I.Dignity, TF.Emerging, "10.7.4", "People displaced within the country by conflict or disaster, by area of displacement.")
        { Level = L.Admin1, Base = 1.2, Spread = 0.8, Loadings = new(0.2, 1.0, 0.2, 0, 0), Conflict = 2.2, Drought = 0.5, Decimals = 2 },
        new("CNF_REFUGEES_HOSTED", "Refugees hosted", "% of population", D.HigherIsWorse, C.Conflict, T.Community | T.Economic, I.Livelihood, TF.Structural, "10.7.4", "Refugees from neighbouring countries living in the area.")
        { Level = L.Admin1, Base = 0.5, Spread = 0.5, Trend = 0.04, Loadings = new(0, 0.2, 0, 0, 0), Hosting = 1.8, Decimals = 2 },
        new("CNF_HOMICIDE", "Intentional homicide rate", "per 100,000 people", D.HigherIsWorse, C.Conflict, T.Personal, I.Survival, TF.Structural, "16.1.1", "Victims of intentional homicide.")
        { Kind = K.Rate, Level = L.Admin1, Base = 7, Spread = 0.4, Trend = -0.01, Loadings = new(0.4, 0.6, 0, 0, 0), Conflict = 0.5, SexGap = -1.4 },
        new("CNF_IPV", "Women subjected to partner violence in the last 12 months", "% of ever-partnered women", D.HigherIsWorse, C.Conflict, T.Personal | T.Community, I.Dignity | I.Survival, TF.Structural, "5.2.1", "From the demographic and health surveys.")
        { Level = L.Admin1, Base = 20, Spread = 0.4, Trend = -0.02, Loadings = new(0.5, 0.5, 0, 0, 0), Years = [2016, 2021, 2025] },
        new("CNF_TRUST", "Trust in local institutions", "% of adults", D.HigherIsBetter, C.Conflict, T.Political | T.Community, I.Dignity, TF.Structural, "16.6.2", "Adults who say they trust their local authorities.")
        { Level = L.Admin1, Base = 48, Spread = 0.5, Trend = -0.01, Loadings = new(-0.3, -0.8, 0, 0, 0), Conflict = -0.9 },
        new("CNF_BIRTH_REG", "Births registered with a civil authority", "% of children under 5", D.HigherIsBetter, C.Conflict, T.Political, I.Dignity, TF.Structural, "16.9.1", "Children under five whose birth was registered.")
        { Base = 65, Spread = 0.7, Trend = 0.05, Loadings = new(-0.6, -0.5, 0, -0.3, 0), Conflict = -0.5 },
    ];

    /// <summary>Monthly event series at admin-1 level (early warning).</summary>
    public static IReadOnlyList<DemoIndicatorSpec> Events { get; } =
    [
        new(ConflictEvents, "Conflict events", "events", D.HigherIsWorse, C.Conflict, T.Personal | T.Community | T.Political, I.Survival, TF.Emerging, "16.1.3", "Monthly count of battles, explosions and violence against civilians.")
        { Kind = K.Count, Level = L.Admin1, Decimals = 0, Frequency = "monthly" },
        new(DisasterAffected, "People affected by disasters", "people", D.HigherIsWorse, C.Climate, T.Environmental | T.Food, I.Survival | I.Livelihood, TF.Emerging, "1.5.1", "Monthly number of people affected by floods, storms and drought.")
        { Kind = K.Count, Level = L.Admin1, Decimals = 0, Frequency = "monthly" },
        new(DiseaseCases, "Reported disease cases", "cases", D.HigherIsWorse, C.Health, T.Health, I.Survival, TF.Emerging, "3.3", "Monthly notified cases of epidemic-prone diseases.")
        { Kind = K.Count, Level = L.Admin1, Decimals = 0, Frequency = "monthly" },
    ];

    public static IEnumerable<DemoIndicatorSpec> All => Annual.Concat(Events);

    public static IEnumerable<Indicator> Indicators => All.Select(s => s.ToIndicator());
}
