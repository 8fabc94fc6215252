namespace StaticSite.Explainer.Data;

/// <summary>
/// One field a kind of file has, as its reader asks for it (<see cref="FieldReader.Describe"/>): the JSON Schemas and
/// the files <c>new</c> writes are made from these, so they say what the build checks and cannot drift from it.
/// </summary>
/// <param name="Allowed">the values a <see cref="FieldType.Choice"/> may take; empty for other types.</param>
/// <param name="Fields">the fields of a <see cref="FieldType.Mapping"/> or of each item of a <see cref="FieldType.MappingList"/>.</param>
public sealed record FieldSpec(string Name, FieldType Type, bool Required, IReadOnlyList<string> Allowed, IReadOnlyList<FieldSpec> Fields);
