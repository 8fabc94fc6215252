using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.IO;
using StaticSite.Engine.Pipelines;
using Xunit;

namespace StaticSite.Core.Tests.Support;

/// <summary>Documents with nothing but a name and a text ("d0", "d1", …), and an empty build, for testing how modules run.</summary>
public static class PlainDocuments
{
    public static BuildContext Context() => new(new SiteFiles([], []), new DiagnosticBag(), TestContext.Current.CancellationToken);

    public static List<Document> NumberedDocuments(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Document(SourceSpan.File($"input/{i}.md"), $"{i}.html", Content.Of($"d{i}")))];
}
