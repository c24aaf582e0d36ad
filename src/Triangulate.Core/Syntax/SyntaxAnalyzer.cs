namespace Triangulate.Core.Syntax;

/// <summary>
/// Tags, lemmatises and parses sentences with one <see cref="SyntaxModel"/>, reusing its buffers from sentence to
/// sentence. Not thread-safe: each thread makes its own (they share the model).
/// </summary>
public sealed class SyntaxAnalyzer
{
    private readonly SyntaxModel _model;
    private readonly WordFeatures _words;
    private readonly ParserState _state = new();
    private readonly BeamSearch? _beam;
    private UniversalPos[] _tags = new UniversalPos[64];
    private IReadOnlyList<UniversalPos>? _givenTags;

    internal SyntaxAnalyzer(SyntaxModel model)
    {
        _model = model;
        _words = new WordFeatures(model.Clusters, model.TagSets);
        _beam = model.Beam > 1 ? new BeamSearch(model.Beam) : null;
    }

    /// <summary>Analyses a sentence of words given as strings (treebank words, for evaluation).</summary>
    public SentenceSyntax Analyze(IReadOnlyList<string> forms, bool lemmas = true) =>
        Analyze(forms.Count, i => forms[i], lemmas);

    /// <summary>Parses a sentence whose tags are given (to measure what the tagger's mistakes cost the parser).</summary>
    public SentenceSyntax Analyze(IReadOnlyList<string> forms, IReadOnlyList<UniversalPos> givenTags)
    {
        var result = new SentenceSyntax(forms.Count);
        _givenTags = givenTags;
        try
        {
            Analyze(forms.Count, (i, _) => forms[i].AsSpan(), result, lemmas: true);
        }
        finally
        {
            _givenTags = null;
        }

        return result;
    }

    /// <summary>
    /// Analyses a sentence of <paramref name="count"/> words whose forms <paramref name="form"/> gives (called once
    /// per word for the features and once more for the lemma).
    /// </summary>
    public SentenceSyntax Analyze(int count, Func<int, string> form, bool lemmas = true)
    {
        var result = new SentenceSyntax(count);
        Analyze(count, (i, _) => form(i).AsSpan(), result, lemmas);
        return result;
    }

    /// <summary>The same, into <paramref name="result"/>, reading forms as spans (no string per word).</summary>
    internal void Analyze(int count, FormReader form, SentenceSyntax result, bool lemmas)
    {
        _words.Reset(count);
        for (var i = 0; i < count; i++)
        {
            _words.Set(i, form(i, this));
        }

        if (_tags.Length < count)
        {
            _tags = new UniversalPos[Math.Max(count, _tags.Length * 2)];
        }

        var tags = _tags.AsSpan(0, count);
        if (_givenTags is null)
        {
            PosTagger.Tag(_model.Tagger, _words, tags);
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                tags[i] = _givenTags[i];
            }
        }

        var state = _state;
        if (_beam is null)
        {
            DependencyParser.Parse(_model.Transitions, _model.Labels, _state, _words, tags);
        }
        else
        {
            DependencyParser.Parse(_model.Transitions, _model.Labels, _beam, _words, tags);
            state = _beam.Best;
        }

        for (var i = 0; i < count; i++)
        {
            result.Tags[i] = tags[i];
            var head = state.Heads[i];
            result.Heads[i] = head == count ? -1 : head;
            result.Relations[i] = head == count ? "root" : _model.Relations[state.Labels[i]];
            if (lemmas)
            {
                result.Lemmas[i] = _model.Lemmatizer.Lemmatize(form(i, this), tags[i]);
            }
        }
    }

    /// <summary>Reads the form of word i.</summary>
    internal delegate ReadOnlySpan<char> FormReader(int i, SyntaxAnalyzer analyzer);
}

/// <summary>The analysis of one sentence, by word index: tags, heads (-1 for the root), relations and lemmas.</summary>
public sealed class SentenceSyntax
{
    /// <summary>Makes an empty analysis of <paramref name="count"/> words.</summary>
    public SentenceSyntax(int count)
    {
        Tags = new UniversalPos[count];
        Heads = new int[count];
        Relations = new string[count];
        Lemmas = new string[count];
    }

    /// <summary>Universal parts of speech.</summary>
    public UniversalPos[] Tags { get; }

    /// <summary>Head word indices within the sentence, -1 for the root.</summary>
    public int[] Heads { get; }

    /// <summary>Relations to the heads.</summary>
    public string[] Relations { get; }

    /// <summary>Lemmas (empty strings when not asked for).</summary>
    public string[] Lemmas { get; }
}
