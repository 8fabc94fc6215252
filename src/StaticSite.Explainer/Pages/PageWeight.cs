using StaticSite.Engine.Documents;

namespace StaticSite.Explainer.Pages;

/// <summary>
/// Roughly how long a page takes to make, for starting the longest first: the number of entries it lists. An episode
/// or a chapter lists a handful; the home page, the lists, the timeline and the A–Z list the whole site.
/// </summary>
public static class PageWeight
{
    public static int Of(Document document) => (document.Model as Page)?.Data switch
    {
        HomeView home => home.Sections.Count + home.Episodes.Count + home.Agencies.Count,
        ListView list => Entries(list.Groups),
        SearchView search => Entries(search.Letters),
        AgencyView agency => agency.Episodes.Count + agency.Relations.Count,
        _ => 1,
    };

    private static int Entries(IReadOnlyList<Group> groups) => groups.Sum(g => g.Items.Count);
}
