using Triangulate.Core.Data;

namespace Triangulate.Core.Claims;

/// <summary>How a reporting cue relates to its source and content.</summary>
internal enum CueKind
{
    /// <summary>A reporting verb: "X said (that) ...", "..., X said", "..., said X".</summary>
    Verb,

    /// <summary>"according to X".</summary>
    According,

    /// <summary>A participle adding an inner source to its clause's cue: "X, citing Y, reports ...".</summary>
    Citing,

    /// <summary>A participle whose source is its clause's source: "..., saying ...".</summary>
    Participle,

    /// <summary>
    /// A verb of intention or attitude ("wants", "plans", "supports"): an attribution of its own at the top of a
    /// sentence, but inside another source's content it stays part of that content ("according to X, Oslo wants
    /// to ..." is X's claim about Oslo's plan).
    /// </summary>
    Attitude,
}

/// <summary>A reporting cue from <c>report-cues.txt</c>.</summary>
internal readonly record struct CueEntry(string Stance, CueKind Kind);

/// <summary>
/// The words the claim stage knows, from data files a user can read and extend (<see cref="DataFile"/>): reporting
/// cues with their stance, modality cues, opinion cues, source anaphors, anonymous source heads, outlet words, and
/// words that make a naming cue a denial. Closed-class grammar words (auxiliaries, determiners, prepositions) are
/// part of the grammar the rules encode and stay in code.
/// </summary>
internal sealed class ClaimLexicon
{
    private ClaimLexicon()
    {
        Cues = PhraseMatcher<CueEntry>.FromDataFile("report-cues.txt", c => new CueEntry(
            c.Length > 1 ? c[1] : Stances.Assert,
            c.Length > 2 && Enum.TryParse<CueKind>(c[2], ignoreCase: true, out var kind) ? kind : CueKind.Verb));
        Modality = PhraseMatcher<string>.FromDataFile("modality-cues.txt", c => c.Length > 1 ? c[1] : Modalities.Fact);
        Opinion = PhraseMatcher<bool>.FromDataFile("opinion-cues.txt", _ => true);
        VerbClasses = DataFile.ReadLines("claim-verb-classes.txt")
            .Select(l => l.Split('\t', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim(), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlySet<string>)g.SelectMany(p => p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase),
                StringComparer.Ordinal);
        Anaphors = PhraseMatcher<string>.FromDataFile("source-anaphors.txt", c => c.Length > 1 ? c[1] : "previous");
        AnonymousHeads = new WordSet(DataFile.ReadLines("anonymous-sources.txt"));
        OutletWords = new WordSet(DataFile.ReadLines("outlet-words.txt"));
        DenyWords = new WordSet(DataFile.ReadLines("deny-words.txt"));
        DocumentSources = new WordSet(DataFile.ReadLines("document-sources.txt"));
        NoComment = DataFile.ReadLines("no-comment.txt")
            .Select(l => new System.Text.RegularExpressions.Regex(l, System.Text.RegularExpressions.RegexOptions.IgnoreCase
                | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled))
            .ToList();
    }

    /// <summary>Statements that a party said nothing ("declined to comment"): not claims (<c>no-comment.txt</c>).</summary>
    public IReadOnlyList<System.Text.RegularExpressions.Regex> NoComment { get; }

    /// <summary>Lemma classes of <c>claim-verb-classes.txt</c> by name (request, deny, expectation, plan, ...).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> VerbClasses { get; }

    /// <summary>Whether <paramref name="lemma"/> is in the lemma class <paramref name="name"/>.</summary>
    public bool IsIn(string name, string lemma) => VerbClasses.TryGetValue(name, out var set) && set.Contains(lemma);

    /// <summary>The shared instance, read once.</summary>
    public static ClaimLexicon Default { get; } = new();

    /// <summary>Reporting cues and their stance and kind.</summary>
    public PhraseMatcher<CueEntry> Cues { get; }

    /// <summary>Modality cues and their modality.</summary>
    public PhraseMatcher<string> Modality { get; }

    /// <summary>Cues of the author's own evaluation.</summary>
    public PhraseMatcher<bool> Opinion { get; }

    /// <summary>Anaphoric sources and what they point back to (outlet, person, previous).</summary>
    public PhraseMatcher<string> Anaphors { get; }

    /// <summary>Head words of anonymous source descriptors.</summary>
    public WordSet AnonymousHeads { get; }

    /// <summary>Words that mark a source as an outlet.</summary>
    public WordSet OutletWords { get; }

    /// <summary>Documents and data that report ("a new poll shows").</summary>
    public WordSet DocumentSources { get; }

    /// <summary>Words that make "called it ..." a denial.</summary>
    public WordSet DenyWords { get; }

    /// <summary>Auxiliaries and adverbs that may stand between a source and its cue ("has also said").</summary>
    public WordSet BetweenSourceAndCue { get; } = new([
        "has", "have", "had", "also", "previously", "earlier", "later", "again", "repeatedly", "publicly", "reportedly",
        "once", "then", "recently", "already", "further", "first", "did", "does", "do", "not", "n't", "never", "would",
        "will", "could", "may", "might", "has", "openly", "flatly", "firmly", "strongly", "categorically", "still",
        "now", "only", "even", "allegedly", "officially", "privately", "separately", "initially", "subsequently",
        "'t", "\u2019t", "didn", "doesn", "don", "hasn", "haven", "hadn", "wouldn", "couldn", "won", "isn", "wasn",
        "aren", "weren", "is", "are", "was", "were",
    ]);

    /// <summary>Negators that make a reporting cue a denial.</summary>
    public WordSet Negators { get; } = new(["not", "n't", "'t", "\u2019t", "never", "no"]);

    /// <summary>Cues that are also common nouns ("raising questions", "the claims"): a cue only after a likely subject.</summary>
    public WordSet NounLikeCues { get; } = new([
        "report", "reports", "claim", "claims", "question", "questions", "call", "calls", "estimates", "notes", "cites",
        "cite", "shows", "found", "states", "believe", "think", "say", "tell", "deny", "admit", "confirm", "support",
        "charges", "plans", "plan", "want", "forecast", "demands", "proposes", "expects", "hopes", "fears", "note",
        "hope", "fear", "worry", "worries", "doubt", "demand", "add", "stress", "estimate", "write", "reply", "tweet",
        "recall", "feel", "know", "expect", "understand", "maintain", "praise", "urge", "propose", "agree", "warn",
    ]);

    /// <summary>Words that begin a noun phrase.</summary>
    public WordSet Determiners { get; } = new([
        "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those", "some",
        "several", "many", "one", "two", "three", "both", "all", "other", "another", "each", "most", "few",
    ]);

    /// <summary>Prepositions that may sit inside a source's noun phrase ("a spokesman for the ministry").</summary>
    public WordSet NounPhrasePrepositions { get; } = new(["of", "for", "at", "from", "in", "with", "to", "on"]);

    /// <summary>Words that end a noun phrase read backwards from a cue: clause openers and conjunctions.</summary>
    public WordSet ClauseStops { get; } = new([
        "that", "which", "who", "whom", "whose", "because", "when", "while", "if", "but", "as", "after", "before",
        "since", "although", "though", "where", "so", "than", "whether", "why", "how", "what", "said", "says",
        "and", "or", "by", "is", "was", "were", "are", "be", "been", "being", "also", "then", "however", "meanwhile",
        "moreover", "yet", "until", "unless", "once", "whereas", "said", "told", "reported",
    ]);

    /// <summary>Pronouns that are a whole source on their own.</summary>
    public WordSet Pronouns { get; } = new(["he", "she", "they", "it", "we", "i", "you"]);

    /// <summary>Verbs that take a recipient or object before their "that" clause ("told reporters that").</summary>
    public WordSet RecipientVerbs { get; } = new([
        "told", "tell", "tells", "telling", "warned", "warns", "assured", "informed", "reminded", "showed", "shows",
        "convinced", "promised", "persuaded", "notified", "briefed",
    ]);

    /// <summary>Words that open an adverbial between a cue and its "that" clause ("reported on Monday that").</summary>
    public WordSet AdverbialOpeners { get; } = new([
        "on", "in", "at", "for", "during", "last", "this", "earlier", "yesterday", "today", "late", "early", "after",
        "before", "recently", "publicly", "privately", "repeatedly", "again", "to", "with", "from",
    ]);

    /// <summary>Time words that may stand between a subject and its verb ("this month", "on Friday").</summary>
    public WordSet TimeWords { get; } = new([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night",
    ]);

    /// <summary>Words that join two coordinate clauses ("..., but, as X said, ...").</summary>
    public WordSet Coordinators { get; } = new(["but", "and", "while", "whereas", "yet", "however"]);

    /// <summary>Auxiliaries; their presence marks a clause rather than an appositive noun phrase.</summary>
    public WordSet Auxiliaries { get; } = new([
        "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
        "must", "did", "does", "do", "be", "been",
    ]);
}
