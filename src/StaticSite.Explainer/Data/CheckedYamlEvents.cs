using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticSite.Explainer.Data;

/// <summary>
/// YamlDotNet's parser, checked event by event as the representation model reads it, so that nothing the checks
/// refuse is ever built: no anchors or aliases (DATA010), one document (DATA011), and collections nested at most
/// <see cref="MaxDepth"/> deep (DATA012). Also remembers where the collections still open began, for reporting
/// one that is never closed where it opens.
/// </summary>
/// <remarks>
/// Aliases let a few lines stand for billions of nodes (used as a mapping key, YamlDotNet hashes them all and never
/// finishes), and the model builds nested collections by recursion, so nesting thousands deep overflows the stack,
/// which ends the process and cannot be caught. No content file needs either. Checking the events as they are read
/// parses each file once, not once to check and again to build.
/// </remarks>
internal sealed class CheckedYamlEvents(IParser parser) : IParser
{
    /// <summary>Deeper than any content needs (a site.yml is three levels), and far from the stack's limit.</summary>
    public const int MaxDepth = 64;

    private readonly Stack<(Mark Start, bool Flow, char Bracket)> open = new();
    private int documents;

    public ParsingEvent? Current => parser.Current;

    /// <summary>The innermost flow collection (<c>[</c> or <c>{</c>) still open, and where it began.</summary>
    public (Mark Start, char Bracket)? OpenFlow =>
        open.Where(o => o.Flow).Select(o => ((Mark, char)?)(o.Start, o.Bracket)).FirstOrDefault();

    public bool MoveNext()
    {
        if (!parser.MoveNext()) return false;
        switch (parser.Current)
        {
            case AnchorAlias alias:
                throw new YamlLimitException(alias.Start, "DATA010",
                    $"'*{alias.Value}' repeats a value marked with an anchor (&{alias.Value}); anchors and aliases are not allowed in content files: write the value out in full");
            case NodeEvent { Anchor.IsEmpty: false } anchored:
                throw new YamlLimitException(anchored.Start, "DATA010",
                    $"'&{anchored.Anchor}' is an anchor; anchors (&name) and aliases (*name) are not allowed in content files: remove '&{anchored.Anchor}' and write out in full wherever '*{anchored.Anchor}' is used");
            case DocumentStart start:
                if (++documents > 1)
                {
                    throw new YamlLimitException(start.Start, "DATA011",
                        "a second YAML document starts here: a file holds one, and everything from here on would be ignored; remove this '---' (or '...') line, or move what follows into a file of its own");
                }
                break;
            case SequenceStart sequence:
                Open(sequence.Start, sequence.Style == SequenceStyle.Flow, '[');
                break;
            case MappingStart mapping:
                Open(mapping.Start, mapping.Style == MappingStyle.Flow, '{');
                break;
            case SequenceEnd or MappingEnd:
                open.Pop();
                break;
        }
        return true;
    }

    private void Open(Mark start, bool flow, char bracket)
    {
        if (open.Count >= MaxDepth)
        {
            throw new YamlLimitException(start, "DATA012",
                $"lists and mappings are nested more than {MaxDepth} deep here; no content needs that many levels: check the brackets and the indentation");
        }
        open.Push((start, flow, bracket));
    }
}
