namespace HumanSecurity.Poverty.Runs;

/// <summary>Where a poverty run's survey comes from: tables read from files (<see cref="PovertyFileSource"/>) or a survey
/// dataset of the store (<see cref="PovertyStoreSource"/>); both are inputs of the one <see cref="PovertyRunner"/>.</summary>
public abstract record PovertySource
{
    private protected PovertySource()
    {
    }
}
