namespace StaticSite.Explainer.Data;

/// <summary>What a field holds, one value per <see cref="FieldReader"/> method.</summary>
public enum FieldType
{
    Text,
    WebAddress,
    Choice,
    WholeNumber,
    TrueOrFalse,
    Date,
    Markdown,
    TextList,
    Id,
    IdList,
    Mapping,
    MappingList,
}
