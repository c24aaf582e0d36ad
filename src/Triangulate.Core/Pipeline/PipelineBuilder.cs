namespace Triangulate.Core.Pipeline;

/// <summary>
/// Collects annotators in order and checks, when building, that every stage's required layers are produced by an
/// earlier stage.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IAnnotator> _stages = [];

    /// <summary>The stages added so far.</summary>
    public IReadOnlyList<IAnnotator> Stages => _stages;

    /// <summary>Appends a stage.</summary>
    public PipelineBuilder Add(IAnnotator stage)
    {
        _stages.Add(stage);
        return this;
    }

    /// <summary>Inserts a stage before the first stage of type <typeparamref name="T"/>.</summary>
    public PipelineBuilder InsertBefore<T>(IAnnotator stage)
        where T : IAnnotator
    {
        var index = _stages.FindIndex(s => s is T);
        if (index < 0)
        {
            throw new InvalidOperationException($"No stage {typeof(T).Name} to insert {stage.Name} before.");
        }

        _stages.Insert(index, stage);
        return this;
    }

    /// <summary>Replaces the stage of type <typeparamref name="T"/>.</summary>
    public PipelineBuilder Replace<T>(IAnnotator stage)
        where T : IAnnotator
    {
        var index = _stages.FindIndex(s => s is T);
        if (index < 0)
        {
            throw new InvalidOperationException($"No stage {typeof(T).Name} to replace with {stage.Name}.");
        }

        _stages[index] = stage;
        return this;
    }

    /// <summary>Whether a stage of type <typeparamref name="T"/> is present.</summary>
    public bool Contains<T>()
        where T : IAnnotator => _stages.Exists(s => s is T);

    /// <summary>Checks the order and returns the immutable pipeline.</summary>
    /// <exception cref="InvalidOperationException">A stage needs a layer no earlier stage produces.</exception>
    public AnnotationPipeline Build()
    {
        var available = new HashSet<Type>();
        foreach (var stage in _stages)
        {
            var missing = stage.Requires.Where(r => !available.Contains(r)).Select(r => r.Name).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Stage '{stage.Name}' needs {string.Join(", ", missing)}, which no earlier stage produces.");
            }

            available.UnionWith(stage.Produces);
        }

        return new AnnotationPipeline(_stages.ToArray());
    }
}
