namespace Triangulate.Core.Pipeline;

using Triangulate.Core.Documents;

/// <summary>An ordered, validated, immutable list of annotators. Build one with <see cref="PipelineBuilder"/>.</summary>
public sealed class AnnotationPipeline
{
    internal AnnotationPipeline(IReadOnlyList<IAnnotator> stages) => Stages = stages;

    /// <summary>The stages in the order they run.</summary>
    public IReadOnlyList<IAnnotator> Stages { get; }

    /// <summary>Runs every stage on the document.</summary>
    public Document Run(Document document)
    {
        foreach (var stage in Stages)
        {
            stage.Annotate(document);
        }

        return document;
    }
}
