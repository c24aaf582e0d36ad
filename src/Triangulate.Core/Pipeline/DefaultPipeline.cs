using Triangulate.Core.Claims;
using Triangulate.Core.Entities;
using Triangulate.Core.Propositions;
using Triangulate.Core.Quantities;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;
using Triangulate.Core.Times;

namespace Triangulate.Core.Pipeline;

/// <summary>The pipeline every command uses: tokens, syntax, entities, times, quantities, claims, propositions.</summary>
public static class DefaultPipeline
{
    /// <summary>A builder holding the default stages, for callers that want to change them.</summary>
    public static PipelineBuilder CreateBuilder() =>
        new PipelineBuilder()
            .Add(new TokenAnnotator())
            .Add(new SyntaxAnnotator())
            .Add(new EntityAnnotator())
            .Add(new TimeAnnotator())
            .Add(new QuantityAnnotator())
            .Add(new ClaimAnnotator())
            .Add(new PropositionAnnotator());

    /// <summary>The default pipeline, built and checked.</summary>
    public static AnnotationPipeline Create() => CreateBuilder().Build();
}
