namespace StaticSite.Explainer.Data.Editing;

/// <summary>
/// The regular expressions the schemas hold, in ECMA-262 as JSON Schema reads them. Each ends in <c>$(?!\n)</c>: in
/// ECMA-262 <c>$</c> is the end of the text, but validators built on .NET's regular expressions also let it match
/// before a final line break, and <c>"gchq\n"</c> is no id.
/// </summary>
public static class Patterns
{
    private const string End = "$(?!\\n)";

    /// <summary>An id, as <see cref="EntityIds"/> checks a file name.</summary>
    public const string Id = "^" + EntityIds.IdCharacters + End;

    /// <summary>
    /// What <see cref="PartialDate.TryParse"/> accepts: a year from 0001, then a month, then a day that month can have.
    /// The one date it matches that the build refuses is 29 February outside a leap year; ContentSchemasTests compares
    /// the two on every month and day.
    /// </summary>
    public const string Date =
        "^(?!0000)[0-9]{4}(-((0[13578]|1[02])(-(0[1-9]|[12][0-9]|3[01]))?|(0[469]|11)(-(0[1-9]|[12][0-9]|30))?|02(-(0[1-9]|1[0-9]|2[0-9]))?))?" + End;

    /// <summary>What <see cref="LinkSchemes.IsWebAddress"/> accepts: https:// or http://, a host, no spaces or control characters.</summary>
    public const string WebAddress = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\u0000-\\u0020\\u007F-\\u009F/?#]+[^\\u0000-\\u0020\\u007F-\\u009F]*" + End;
}
