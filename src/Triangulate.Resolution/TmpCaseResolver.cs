namespace Triangulate.Resolution;
/// <summary>tmp</summary>
public sealed class CaseResolver
{
    /// <summary>tmp</summary>
    public CaseResolver(IEnumerable<ResolutionDecision>? decisions = null) { _ = decisions; }
    /// <summary>tmp</summary>
    public void Add(AnnotatedDocument document) { _ = document; }
    /// <summary>tmp</summary>
    public CaseResolution Snapshot() => new([], [], [], []);
}
