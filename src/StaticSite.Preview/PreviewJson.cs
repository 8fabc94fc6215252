using System.Text.Json;
using System.Text.Json.Serialization;

namespace StaticSite.Preview;

/// <summary>JSON the preview sends, generated at compile time so the NativeAOT-published CLI needs no reflection.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ErrorReport))]
internal sealed partial class PreviewJson : JsonSerializerContext;
