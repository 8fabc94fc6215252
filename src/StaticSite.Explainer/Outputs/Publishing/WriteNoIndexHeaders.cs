using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Explainer.Outputs.Publishing;

/// <summary>
/// For a build search engines must not index (a deploy preview), Netlify's <c>_headers</c> file: every path answers
/// with <c>X-Robots-Tag: noindex</c>, which also covers what a meta tag cannot (the feed, the data, the images).
/// Netlify adds these headers to those of <c>netlify.toml</c>. Otherwise it writes nothing, so production output
/// is what it was.
/// </summary>
public sealed class WriteNoIndexHeaders(bool noIndex) : IModule
{
    public const string Destination = "_headers";

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context) =>
        noIndex
            ? [.. documents, new Document(SourceSpan.File("input/site.yml"), Destination, Content.Of("# Written by the build for a deploy preview: no page of it may be indexed.\n/*\n  X-Robots-Tag: noindex\n"))]
            : documents;
}
