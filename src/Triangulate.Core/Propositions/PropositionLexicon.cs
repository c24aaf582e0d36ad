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

    /// <summary>A lexicon from the given lines (one class a line, its words separated by spaces; the first names it).</summary>
    public PropositionLexicon(IEnumerable<string> classLines, IEnumerable<string> frameVerbs)
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

        FrameVerbs = new HashSet<string>(frameVerbs.SelectMany(l => l.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The built-in lists with the user's additions.</summary>
    public static PropositionLexicon Default { get; } = new(
        DataFile.ReadLines("proposition-predicate-classes.txt"), DataFile.ReadLines("proposition-frame-verbs.txt"));

    /// <summary>Verbs whose open complement is the event told ("plan", "begin", "agree").</summary>
    public IReadOnlySet<string> FrameVerbs { get; }

    /// <summary>The class of a lemma: its class's first word, or the lemma itself.</summary>
    public string ClassOf(string lemma) => _classOf.TryGetValue(lemma, out var c) ? c : lemma.ToLowerInvariant();
}
