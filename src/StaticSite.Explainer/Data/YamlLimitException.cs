using YamlDotNet.Core;

namespace StaticSite.Explainer.Data;

/// <summary>YAML that is well formed but that content files may not hold; the code and message are the diagnostic's.</summary>
public sealed class YamlLimitException(Mark start, string code, string message) : Exception(message)
{
    public Mark Start { get; } = start;

    public string Code { get; } = code;
}
