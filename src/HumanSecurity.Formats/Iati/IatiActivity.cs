namespace HumanSecurity.Formats.Iati;

/// <summary>An IATI 2.03 activity with the parts the Observatory uses (identifiers, organisations, text, status, dates,
/// places, sectors, budgets, transactions). Text is kept per language (<c>""</c> = the activity's default language).</summary>
public sealed record IatiActivity(string Identifier)
{
    public int Line { get; init; }

    public string? DefaultLanguage { get; init; }

    public string? DefaultCurrency { get; init; }

    public bool Humanitarian { get; init; }

    public IatiOrg ReportingOrg { get; init; } = new(null, null, null, []);

    public IReadOnlyList<IatiNarrative> Title { get; init; } = [];

    /// <summary>Descriptions: type code (1 general, 2 objectives, 3 target groups, 4 other) and text.</summary>
    public IReadOnlyList<(string? Type, IReadOnlyList<IatiNarrative> Text)> Descriptions { get; init; } = [];

    public IReadOnlyList<IatiOrg> ParticipatingOrgs { get; init; } = [];

    /// <summary>ActivityStatus code: 1 pipeline ... 6 suspended.</summary>
    public string? Status { get; init; }

    /// <summary>ActivityDateType code (1 planned start, 2 actual start, 3 planned end, 4 actual end) → date.</summary>
    public IReadOnlyList<(string Type, DateOnly Date)> Dates { get; init; } = [];

    public IReadOnlyList<IatiShare> RecipientCountries { get; init; } = [];

    public IReadOnlyList<IatiShare> RecipientRegions { get; init; } = [];

    public IReadOnlyList<IatiLocation> Locations { get; init; } = [];

    public IReadOnlyList<IatiShare> Sectors { get; init; } = [];

    public IReadOnlyList<IatiShare> Tags { get; init; } = [];

    public IReadOnlyList<IatiBudget> Budgets { get; init; } = [];

    public IReadOnlyList<IatiTransaction> Transactions { get; init; } = [];

    /// <summary>Title in the default language (or the first one given).</summary>
    public string TitleText => IatiNarrative.Pick(Title) ?? Identifier;

    public DateOnly? DateOf(string type) => Dates.Where(d => d.Type == type).Select(d => (DateOnly?)d.Date).FirstOrDefault();
}

/// <summary>A narrative: language (<c>""</c> = default) and text.</summary>
public sealed record IatiNarrative(string Lang, string Text)
{
    public static string? Pick(IReadOnlyList<IatiNarrative> list) => list.FirstOrDefault(n => n.Lang.Length == 0)?.Text ?? list.FirstOrDefault()?.Text;
}

/// <summary>An organisation: <c>@ref</c>, <c>@type</c>, <c>@role</c> (participating only) and names.</summary>
public sealed record IatiOrg(string? Ref, string? Type, string? Role, IReadOnlyList<IatiNarrative> Names)
{
    public string? Name => IatiNarrative.Pick(Names);
}

/// <summary>A coded share: recipient country/region, sector or tag (<c>@code</c>, <c>@vocabulary</c>, <c>@percentage</c>).</summary>
public sealed record IatiShare(string Code, string? Vocabulary, double? Percentage);

/// <summary>A location: <c>@ref</c>, location ids (vocabulary, code), name, administrative codes, point (lat, lon).</summary>
public sealed record IatiLocation(string? Ref, IReadOnlyList<IatiShare> Ids, string? Name, IReadOnlyList<IatiShare> Administrative, double? Latitude, double? Longitude);

/// <summary>A budget: type (1 original, 2 revised), status, period and value.</summary>
public sealed record IatiBudget(string? Type, string? Status, DateOnly Start, DateOnly End, double Value, string? Currency, DateOnly ValueDate);

/// <summary>A transaction: TransactionType code, date, value, currency, provider and receiver organisation refs.</summary>
public sealed record IatiTransaction(string Type, DateOnly Date, double Value, string? Currency, DateOnly ValueDate, string? Provider, string? Receiver);
