using Triangulate.Core.Coreference;
using Triangulate.Core.Documents;
using Triangulate.Core.Entities.Recognition;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Text;

namespace Triangulate.Core.Entities;

/// <summary>
/// The entity stage: the trained recogniser tags each sentence with CoNLL types, <see cref="EntityTyper"/> turns
/// them into news types (and adds outlets, places and product designations it finds by rule), and
/// <see cref="MentionResolver"/> ties short forms, acronyms and outlet anaphors to the fullest name in the report.
/// </summary>
public sealed class EntityAnnotator : IAnnotator
{
    private readonly NerTagger _tagger;
    private readonly EntityTyper _typer;
    private readonly MentionResolver _resolver;
    private readonly EntityLexicon _lexicon;
    private readonly Lazy<CorefModel>? _coreference;

    /// <summary>Uses the built-in model and lexicon, and the built-in coreference model where the syntax layer is present.</summary>
    public EntityAnnotator()
        : this(NerModel.Default)
    {
    }

    /// <summary>Uses <paramref name="model"/> and its lexicon, and the built-in coreference model where the syntax layer is present.</summary>
    public EntityAnnotator(NerModel model)
        : this(model, new Lazy<CorefModel>(() => CorefModel.Default))
    {
    }

    /// <summary>
    /// Uses <paramref name="model"/> and its lexicon; with a <paramref name="coreference"/> model (and the syntax
    /// layer), descriptions and pronouns become mentions of the name they refer to, else the rules of
    /// <see cref="MentionResolver"/> find the few they can.
    /// </summary>
    public EntityAnnotator(NerModel model, Lazy<CorefModel>? coreference)
    {
        _tagger = new NerTagger(model);
        _typer = new EntityTyper(model.Lexicon);
        _resolver = new MentionResolver(model.Lexicon);
        _lexicon = model.Lexicon;
        _coreference = coreference;
    }

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public IReadOnlyList<Type> Requires => [typeof(Token), typeof(Sentence)];

    /// <inheritdoc />
    public IReadOnlyList<Type> Produces => [typeof(EntityMention)];

    /// <inheritdoc />
    public void Annotate(Document document)
    {
        var text = document.Text;
        var tokens = document.Get<Token>();
        var sentences = document.Get<Sentence>();
        var tokenArray = tokens is List<Token> list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : [.. tokens];
        var labels = new byte[tokenArray.Length];
        _tagger.TagDocument(text, tokenArray, sentences, labels);

        var drafts = Chunks(text, tokens, sentences, labels);
        drafts = NamePropagation.Propagate(text, tokens, drafts, _lexicon.Organisations);
        drafts = NameNumbers.Extend(text, tokens, sentences, drafts);
        drafts = _typer.Refine(text, tokens, drafts);
        var coreference = _coreference is not null && document.Has(typeof(Syntax.TokenSyntax));
        drafts = _resolver.Resolve(text, tokens, sentences, drafts, descriptionRules: !coreference);
        if (coreference)
        {
            // The model first; the rules then take what it left (it learnt from few news reports).
            drafts = CorefLinks.Add(_coreference!.Value, text, tokens, sentences, document.Get<Syntax.TokenSyntax>(), drafts);
            _resolver.AddDescriptionAnaphors(text, tokens, sentences, drafts);
        }

        var canonicalOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in drafts)
        {
            canonicalOf.TryAdd(text[d.Start..d.End], d.Canonical ?? text[d.Start..d.End]);
        }

        document.Set<EntityMention>([.. drafts.SelectMany(d => MentionsOf(text, d, _lexicon, canonicalOf))]);
    }

    /// <summary>
    /// The mention of a draft; or, for known places joined by hyphens ("the Peru-Chile border", "Peru-Chile talks"),
    /// one mention of each place, which is what the text names. A hyphenated name that is itself a place
    /// ("Guinea-Bissau") or has a part that is not one ("Hewlett-Packard", "Franco-German") stays one mention.
    /// </summary>
    internal static IEnumerable<EntityMention> MentionsOf(string text, MentionDraft d, EntityLexicon lexicon, Dictionary<string, string> canonicalOf)
    {
        var span = text[d.Start..d.End];
        if (d.Type is EntityTypes.Gpe or EntityTypes.Loc or EntityTypes.Norp && span.Contains('-', StringComparison.Ordinal)
            && !span.Contains(' ', StringComparison.Ordinal) && !lexicon.Places.Contains(span))
        {
            var parts = span.Split('-');
            if (parts.Length > 1 && parts.All(lexicon.Places.Contains))
            {
                var start = d.Start;
                foreach (var part in parts)
                {
                    var type = d.Type == EntityTypes.Loc ? EntityTypes.Loc : EntityTypes.Gpe;
                    yield return new EntityMention(start, start + part.Length, part, type, canonicalOf.GetValueOrDefault(part, part), null);
                    start += part.Length + 1;
                }

                yield break;
            }
        }

        yield return new EntityMention(d.Start, d.End, span, d.Type, d.Canonical ?? span, d.Title);
    }

    // The labelled spans, without quotes or other punctuation at their edges: a name never starts or ends with a token
    // that has no letter or digit (the recogniser, trained on straight quotes, sometimes takes in curly ones).
    private static List<MentionDraft> Chunks(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, byte[] labels)
    {
        var drafts = new List<MentionDraft>();
        foreach (var s in sentences)
        {
            var end = s.FirstToken + s.TokenCount;
            for (var t = s.FirstToken; t < end; t++)
            {
                if (labels[t] == NerLabels.Outside)
                {
                    continue;
                }

                var type = NerLabels.TypeIndex(labels[t]);
                var last = t + 1;
                while (last < end && labels[last] == NerLabels.Inside(type))
                {
                    last++;
                }

                var first = t;
                t = last - 1;
                while (first < last && !HasLetterOrDigit(text, tokens[first]))
                {
                    first++;
                }

                while (last > first && !HasLetterOrDigit(text, tokens[last - 1]))
                {
                    last--;
                }

                if (first < last)
                {
                    drafts.Add(new MentionDraft(first, last, tokens[first].Start, tokens[last - 1].End, NerLabels.Types[type]));
                }
            }
        }

        return drafts;
    }

    private static bool HasLetterOrDigit(string text, Token token)
    {
        foreach (var c in text.AsSpan(token.Start, token.End - token.Start))
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
