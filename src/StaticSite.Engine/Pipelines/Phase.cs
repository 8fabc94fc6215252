namespace StaticSite.Engine.Pipelines;

/// <summary>
/// The four phases of every pipeline. PostProcess starts only after every pipeline's Process phase,
/// so cross-document steps (cross-references, backlinks, link checks) see the whole site.
/// </summary>
public enum Phase
{
    Input,
    Process,
    PostProcess,
    Output,
}
