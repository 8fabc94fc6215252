using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace StaticSite.Core.Tests.Support;

/// <summary>JsonSchema.Net, as an editor's YAML language server would apply a schema: every error, with where it is.</summary>
public static class SchemaValidator
{
    public static IReadOnlyList<string> Errors(string schemaJson, JsonNode? instance)
    {
        var schema = JsonSchema.FromText(schemaJson, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var element = JsonSerializer.SerializeToElement(instance);
        var result = schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return [];
        return [.. (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).DefaultIfEmpty("invalid")];
    }
}
