namespace Triangulate.Core.Documents;

/// <summary>
/// One report: an unchanging text, its metadata, and the annotation layers stages add to it. Every annotation is a
/// span of UTF-16 offsets into <see cref="Text"/> plus its value.
/// </summary>
public sealed class Document
{
    private readonly Dictionary<Type, object> _layers = [];

    /// <summary>Creates a document; its id is the hash of its normalised text.</summary>
    public Document(string text, DocumentMetadata metadata)
    {
        Text = text;
        Metadata = metadata;
        Id = DocumentId.For(text);
        Published = metadata.Published;
    }

    /// <summary>Hash of the normalised text.</summary>
    public string Id { get; }

    /// <summary>The text every span points into. Never changes.</summary>
    public string Text { get; }

    /// <summary>What the reader found besides the text.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>The document date: from metadata, or inferred from the text by the time stage.</summary>
    public DateOnly? Published { get; set; }

    /// <summary>True when <see cref="Published"/> was inferred from the text rather than read from metadata.</summary>
    public bool PublishedInferred { get; set; }

    /// <summary>The layer of annotations of type <typeparamref name="T"/>; throws when no stage produced it.</summary>
    public IReadOnlyList<T> Get<T>() =>
        _layers.TryGetValue(typeof(T), out var layer)
            ? (IReadOnlyList<T>)layer
            : throw new InvalidOperationException($"No stage has produced {typeof(T).Name} for document {Id}.");

    /// <summary>The layer of type <typeparamref name="T"/>, or an empty list when no stage produced it.</summary>
    public IReadOnlyList<T> GetOrEmpty<T>() =>
        _layers.TryGetValue(typeof(T), out var layer) ? (IReadOnlyList<T>)layer : [];

    /// <summary>Whether a stage has produced the layer of type <paramref name="layer"/>.</summary>
    public bool Has(Type layer) => _layers.ContainsKey(layer);

    /// <summary>Sets (or replaces) the layer of type <typeparamref name="T"/>.</summary>
    public void Set<T>(IReadOnlyList<T> annotations) => _layers[typeof(T)] = annotations;

    /// <summary>The text of a span.</summary>
    public string Slice(int start, int end) => Text[start..end];

    /// <summary>
    /// Takes every layer (and the inferred date) of <paramref name="prefix"/>, a document annotated in place of this
    /// one whose text is the start of this one's: its offsets hold here too.
    /// </summary>
    public void AdoptLayers(Document prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (!Text.StartsWith(prefix.Text, StringComparison.Ordinal))
        {
            throw new ArgumentException("the annotated text is not the start of this document's text", nameof(prefix));
        }

        foreach (var (type, layer) in prefix._layers)
        {
            _layers[type] = layer;
        }

        Published = prefix.Published;
        PublishedInferred = prefix.PublishedInferred;
    }
}
