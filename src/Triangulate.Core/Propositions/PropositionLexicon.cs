using Triangulate.Core.Data;

namespace Triangulate.Core.Propositions;

/// <summary>
/// The word lists propositions are read with: classes of equivalent event words
/// (<c>proposition-predicate-classes.txt</c>) and the verbs that frame another event rather than tell one
/// (<c>proposition-frame-verbs.txt</c>: "plans to buy" tells a buying).
/// </summary>
public sealed class PropositionLexicon
{
    private readonly Dictionary<string, string> _classOf;
    private readonly HashSet<string> _light = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _aspect = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _happen = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _eventNouns = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _suffixes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A lexicon from the given lines (one class a line, its words separated by spaces; the first names it).</summary>
    public PropositionLexicon(IEnumerable<string> classLines, IEnumerable<string> frameVerbs)
        : this(classLines, frameVerbs, [])
    {
    }

    /// <summary>
    /// A lexicon from the given lines, with the support verbs (<c>proposition-support-verbs.txt</c>: lines of a kind,
    /// "light", "aspect", "happen", "event" or "suffix", and its words).
    /// </summary>
    public PropositionLexicon(IEnumerable<string> classLines, IEnumerable<string> frameVerbs, IEnumerable<string> supportLines)
    {
        _classOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in classLines)
        {
            var words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            foreach (var w in words)
            {
                // A word listed in two classes keeps its first: the file is read top down, so put it where it means most.
                _classOf.TryAdd(w, words[0].ToLowerInvariant());
            }
        }

        foreach (var line in supportLines)
        {
            var words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var set = words.Length < 2 ? null : words[0] switch
            {
                "light" => _light,
                "aspect" => _aspect,
                "happen" => _happen,
                "event" => _eventNouns,
                "suffix" => _suffixes,
                _ => throw new FormatException($"proposition-support-verbs.txt: unknown kind '{words[0]}' (light, aspect, happen, event or suffix)"),
            };
            foreach (var w in words.Skip(1))
            {
                set!.Add(w);
            }
        }

        FrameVerbs = new HashSet<string>(frameVerbs.SelectMany(l => l.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The built-in lists with the user's additions.</summary>
    public static PropositionLexicon Default { get; } = new(
        DataFile.ReadLines("proposition-predicate-classes.txt"),
        DataFile.ReadLines("proposition-frame-verbs.txt"),
        DataFile.ReadLines("proposition-support-verbs.txt"));

    /// <summary>Verbs whose open complement is the event told ("plan", "begin", "agree").</summary>
    public IReadOnlySet<string> FrameVerbs { get; }

    /// <summary>The class of a lemma: its class's first word, or the lemma itself.</summary>
    public string ClassOf(string lemma) => _classOf.TryGetValue(lemma, out var c) ? c : lemma.ToLowerInvariant();

    /// <summary>A verb whose event is its object noun ("made a flight"); phrasal verbs as "carry+out".</summary>
    public bool IsLightVerb(string lemma) => _light.Contains(lemma);

    /// <summary>A verb of beginning or going on whose event is its object or subject noun ("began service").</summary>
    public bool IsAspectVerb(string lemma) => _aspect.Contains(lemma);

    /// <summary>A verb whose event is its subject ("the suspension took place"): "take+place", "occur".</summary>
    public bool IsHappenVerb(string lemma) => _happen.Contains(lemma);

    /// <summary>
    /// Whether a noun names an event: listed, or ending like a
    /// nominalisation ("restructuring", "suspension") when at least six letters long.
    /// </summary>
    public bool IsEventNoun(string lemma) =>
        _eventNouns.Contains(lemma)
        || (lemma.Length >= 6 && _suffixes.Any(s => lemma.EndsWith(s, StringComparison.OrdinalIgnoreCase)));
}
