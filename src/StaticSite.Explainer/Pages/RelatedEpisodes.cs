using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Pages;

/// <summary>
/// The three episodes sharing most agencies and people with an episode; ties go to the episode nearer in the site's
/// order, which is by date (a 2020 episode's neighbours before 1946's), then to the earlier. Each score is summed
/// while walking the index of who appears where, so only episodes that share something are ever looked at, and none
/// is looked up again to count what it shares.
/// </summary>
internal sealed class RelatedEpisodes(SiteModel site, SiteLinks links)
{
    // Agency or person id → the position of every episode naming it, once for each time it is named.
    private readonly ILookup<string, int> episodesNaming = site.Episodes
        .SelectMany((e, i) => e.Agencies.Select(a => (a.Id, i)).Concat(e.People.Select(p => (p.Id, i))))
        .ToLookup(p => p.Id, p => p.i, StringComparer.Ordinal);

    // Each thread's scores, emptied for its next episode rather than grown anew for each.
    [ThreadStatic] private static Dictionary<int, int>? scoresOnThisThread;

    // Further from the episode in the site's order or, as far, later.
    private static bool IsFurther(int other, int than, int index) =>
        Math.Abs(other - index) > Math.Abs(than - index) || (Math.Abs(other - index) == Math.Abs(than - index) && other > than);

    public Link[] To(Episode episode, int index)
    {
        var scores = scoresOnThisThread ??= [];
        scores.Clear();
        foreach (var id in episode.Agencies.Select(a => a.Id).Concat(episode.People.Select(p => p.Id)).Distinct(StringComparer.Ordinal))
        {
            foreach (var other in episodesNaming[id])
            {
                if (other != index) scores[other] = scores.GetValueOrDefault(other) + 1;
            }
        }
        // The best three kept as the scores are read, rather than every score sorted: an agency of a large site is
        // named by hundreds of episodes.
        Span<(int Episode, int Score)> best = [(-1, 0), (-1, 0), (-1, 0)];
        foreach (var (other, score) in scores)
        {
            for (var place = 0; place < best.Length; place++)
            {
                if (best[place].Episode >= 0 && (score < best[place].Score || (score == best[place].Score && IsFurther(other, best[place].Episode, index)))) continue;
                best[place..^1].CopyTo(best[(place + 1)..]);
                best[place] = (other, score);
                break;
            }
        }
        var related = new List<Link>(best.Length);
        foreach (var (other, _) in best)
        {
            if (other >= 0) related.Add(links.Dated(site.Episodes[other]));
        }
        return [.. related];
    }
}
