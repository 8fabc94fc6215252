using Tomlyn.Model;
using Tomlyn.Serialization;

namespace StaticSite.Preview;

/// <summary>Reads netlify.toml without reflection, so the preview works in the NativeAOT-published CLI.</summary>
[TomlSerializable(typeof(TomlTable))]
internal sealed partial class NetlifyTomlContext : TomlSerializerContext;
