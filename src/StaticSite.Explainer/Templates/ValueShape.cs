using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Fluid.Values;

namespace StaticSite.Explainer.Templates;

/// <summary>
/// What a layout can read from a value of a .NET type, as Fluid reads it: a record's public properties, a list's
/// <c>size</c>, <c>first</c> and <c>last</c>, a loop's <c>forloop</c> members; or anything, for a dictionary or a
/// type whose shape is not known. Worked out once per type, since every layout of a build asks about the same few.
/// </summary>
internal sealed class ValueShape
{
    private static readonly ConcurrentDictionary<Type, ValueShape> Known = new();
    private static readonly Dictionary<string, Type?> ListMembers = new(StringComparer.Ordinal) { ["size"] = typeof(int), ["first"] = null, ["last"] = null };
    private static readonly Dictionary<string, Type?> LoopMembers = new(StringComparer.Ordinal)
    {
        ["length"] = typeof(int), ["index"] = typeof(int), ["index0"] = typeof(int), ["rindex"] = typeof(int),
        ["rindex0"] = typeof(int), ["first"] = typeof(bool), ["last"] = typeof(bool),
    };

    private ValueShape(string name, IReadOnlyDictionary<string, Type?>? members, Type? item = null)
    {
        Name = name;
        Members = members;
        Item = item;
    }

    /// <summary>How a message names the value: its type, or "a list", "text".</summary>
    public string Name { get; }

    /// <summary>The names the value has and the type of each (null: not known); null when any name may be read.</summary>
    public IReadOnlyDictionary<string, Type?>? Members { get; }

    /// <summary>The type of a list's items (what <c>first</c>, <c>last</c> and a loop give).</summary>
    public Type? Item { get; }

    public bool IsList => Item is not null || Name == "a list";

    public static ValueShape Of(Type type) => Known.GetOrAdd(type, Make);

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Views are records the CLI roots (see TemplateRenderer.Shared); their properties and interfaces are kept.")]
    private static ValueShape Make(Type type)
    {
        var interfaces = type.IsInterface ? type.GetInterfaces().Prepend(type).ToArray() : type.GetInterfaces();
        bool Implements(Type generic) => interfaces.Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == generic);

        if (type == typeof(ForLoopValue)) return new ValueShape("forloop", LoopMembers);
        if (type == typeof(string)) return new ValueShape("text", new Dictionary<string, Type?>(ListMembers) { ["first"] = typeof(string), ["last"] = typeof(string) });
        if (type == typeof(object) || typeof(FluidValue).IsAssignableFrom(type) || typeof(IDictionary).IsAssignableFrom(type)
            || Implements(typeof(IReadOnlyDictionary<,>)) || Implements(typeof(IDictionary<,>)))
        {
            return new ValueShape(type.Name, null);
        }
        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            var item = type.IsArray ? type.GetElementType() : interfaces.FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
            return new ValueShape("a list", new Dictionary<string, Type?>(ListMembers) { ["first"] = item, ["last"] = item }, item);
        }
        // An interface (a value may be any type that has it) is not checked; nor is a number or yes/no, which has nothing to read.
        if (type.IsInterface) return new ValueShape(type.Name, null);
        if (type.IsPrimitive || type == typeof(decimal) || type.IsEnum) return new ValueShape("a number or yes/no", new Dictionary<string, Type?>());
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0);
        return new ValueShape(type.Name, properties.ToDictionary(p => p.Name, p => (Type?)(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType), StringComparer.Ordinal));
    }
}
