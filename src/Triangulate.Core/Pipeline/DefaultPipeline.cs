using Triangulate.Core.Entities;
using Triangulate.Core.Text;

namespace Triangulate.Core.Pipeline;

/// <summary>The pipeline every command uses: tokens, entities, times, quantities, claims.</summary>
public static class DefaultPipeline
{
    /// <summary>A builder holding the default stages, for callers that want to change them.</summary>
    public static PipelineBuilder CreateBuilder()
    {
        var builder = new PipelineBuilder()
            .Add(new TokenAnnotator())
            .Add(new EntityAnnotator());

        // Capability stages register here in order: entities, times, quantities, claims.
        return builder;
    }

    /// <summary>The default pipeline, built and checked.</summary>
    public static AnnotationPipeline Create() => CreateBuilder().Build();
}
