using StaticSite.Engine.Diagnostics;

namespace StaticSite.Engine.Documents;

/// <summary>
/// An immutable unit of work flowing through modules: where it came from, where it will be written, its content and a
/// typed model. Modules return new documents with <c>with</c>.
/// </summary>
public sealed record Document(SourceSpan Source, string? Destination, Content? Content = null, object? Model = null)
{
    /// <summary>The content as bytes, whichever way it is held; empty when there is none.</summary>
    public byte[] ReadBytes() => Content?.ReadBytes() ?? [];

    /// <summary>The content as text (UTF-8 when held as bytes); empty when there is none.</summary>
    public string ReadText() => Content?.ReadText() ?? "";

    /// <summary>The content when it is held as text (a page in the preview), else null.</summary>
    public string? Text => (Content as TextContent)?.Text;

    public T ModelAs<T>() where T : class =>
        Model as T ?? throw new InvalidOperationException($"{Source.Path} carries {Model?.GetType().Name ?? "no model"}, not {typeof(T).Name}");
}
