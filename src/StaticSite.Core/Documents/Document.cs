using StaticSite.Core.Diagnostics;

namespace StaticSite.Core.Documents;

/// <summary>
/// An immutable unit of work flowing through modules: where it came from, where it will be written,
/// its content (text or bytes) and a typed model. Modules return new documents with <c>with</c>.
/// </summary>
public sealed record Document(SourceSpan Source, string? Destination, string? Text = null, byte[]? Bytes = null, object? Model = null)
{
    public T ModelAs<T>() where T : class =>
        Model as T ?? throw new InvalidOperationException($"{Source.Path} carries {Model?.GetType().Name ?? "no model"}, not {typeof(T).Name}");
}
