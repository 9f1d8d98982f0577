using HumanSecurity.Indices;
using HumanSecurity.Runs;

namespace HumanSecurity.Formats.Models;

/// <summary>A model read through <see cref="ModelLibrary.Load"/>: the parsed model and its identity (name, release, origin,
/// path, hash and text) for the run manifest.</summary>
public sealed record LoadedModel(IndexModel Model, ModelIdentity Identity);
