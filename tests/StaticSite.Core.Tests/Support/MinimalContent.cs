namespace StaticSite.Core.Tests.Support;

/// <summary>The smallest content that uses every page type; each test changes one thing.</summary>
public static class MinimalContent
{
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["input/site.yml"] = """
            title: Test explainer
            description: A small site for tests.
            base_url: https://example.org/
            language: en-GB
            licence:
              name: CC BY 4.0
              url: https://creativecommons.org/licenses/by/4.0/
            article:
              title: The article
              author: A. Writer
              publication: The Paper
              date: 2020-02
              url: https://example.org/article
              source: article
            """,
        ["input/sources/article.yml"] = """
            title: The article
            publisher: The Paper
            author: A. Writer
            date: 2020-02-07
            url: https://example.org/article
            kind: article
            """,
        ["input/agencies/gchq.yml"] = """
            name: Government Communications Headquarters
            short_name: GCHQ
            country: UK
            kind: signals
            founded: 1919-11-01
            parent: Foreign Office
            summary: The UK's signals intelligence agency.
            body: |
              GCHQ works with the [NSA](xref:agency/nsa) [@article].
            relations:
              - agency: nsa
                kind: shares
                episodes: [ukusa]
            sources: [article]
            """,
        ["input/agencies/nsa.yml"] = """
            name: National Security Agency
            short_name: NSA
            country: US
            kind: signals
            founded: 1952-11-04
            parent: Department of Defense
            summary: The US signals intelligence agency.
            body: |
              The NSA is large.
            sources: [article]
            """,
        ["input/episodes/ukusa.yml"] = """
            title: The UKUSA agreement
            date: 1946-03-05
            end_date: 1948
            agencies: [gchq, nsa]
            people: [author]
            summary: The two countries agreed to share signals intelligence.
            body: |
              ## What happened
              The agreement was signed in 1946 [@article]. It covers signals intelligence.
            outcome: The partnership began.
            sources: [article]
            """,
        ["input/people/author.yml"] = """
            name: A. Writer
            role: Academic
            summary: Wrote the article.
            sources: [article]
            """,
        ["input/glossary/signals-intelligence.yml"] = """
            term: Signals intelligence
            short: Intelligence gathered from communications and other signals.
            matches: [SIGINT]
            """,
        ["input/sections/start.md"] = """
            ---
            title: The start
            order: 1
            summary: How it began.
            key_points: [It began in 1946.]
            reviewed: 2026-11-26
            ---
            The partnership is about signals intelligence, and "no free lunches" [@article].

            See [the agreement](xref:episode/ukusa) and [](xref:agency/gchq).
            """,
    };
}
