using HumanSecurity.Poverty;
using HumanSecurity.Runs;

namespace HumanSecurity.Formats.Poverty;

/// <summary>A poverty spec read through <see cref="BuiltInPovertySpecs.Resolve"/>, with its identity for the manifest.</summary>
public sealed record LoadedSpec(PovertySpec Spec, ModelIdentity Identity);
