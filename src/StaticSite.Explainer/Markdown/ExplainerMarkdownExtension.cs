using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace StaticSite.Explainer.Markdown;

/// <summary>Registers citations and inline quotations with Markdig.</summary>
public sealed class ExplainerMarkdownExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationParser>()) pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
        if (!pipeline.InlineParsers.Contains<QuoteParser>()) pipeline.InlineParsers.Add(new QuoteParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<CitationRenderer>();
            html.ObjectRenderers.AddIfNotAlready<QuoteRenderer>();
        }
    }
}
