using StaticSite.Explainer.Data;
using StaticSite.Explainer.Templates;

namespace StaticSite.Explainer.Pages;

/// <summary>The records layouts read the properties of: the views, the pages and the entities in them.</summary>
/// <remarks>
/// Given one of these, Fluid's own conversion tries it against a dozen types and interfaces, enums among them, before
/// it settles on reading its properties; every link of every list on every page went that way. Naming them lets
/// <see cref="TemplateRenderer"/> skip the search. A record left out here still works, through Fluid's way.
/// The commonest come first.
/// </remarks>
internal static class LayoutRecords
{
    public static bool Are(object value) => value is Link or Fact or CitedSource or TermUse or Group or Page or PartialDate
        or IEntity or IPageView or Milestone or LeadMark or Ref or PersonView or TermView or SourceEntry or ArticleInfo or Licence or Relation or SiteView;
}
