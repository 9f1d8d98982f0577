namespace HumanSecurity.Access;

/// <summary>What an API token may do. Each role includes the ones before it: an analyst may do what a viewer may, an
/// admin what an analyst may.</summary>
public enum Role
{
    /// <summary>Reads public and restricted data.</summary>
    Viewer = 1,

    /// <summary>Also writes analytical state (acknowledging alerts, editing programmes, saving runs).</summary>
    Analyst = 2,

    /// <summary>Also changes who may read what (dataset access).</summary>
    Admin = 3,
}
