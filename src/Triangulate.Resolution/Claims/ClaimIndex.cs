using System.Text.RegularExpressions;
using Triangulate.Core.Times;
using Triangulate.Resolution.Entities;
using Triangulate.Resolution.Index;
using Triangulate.Resolution.Names;

namespace Triangulate.Resolution.Claims;

/// <summary>
/// The claims of a case with their comparable content. Each new claim looks for the claims it may restate or
/// contradict through blocking keys (content words, amounts, dates, entity names), reading each block only at its
/// most recent entries, so adding a document costs the same however large the case is.
/// </summary>
internal sealed partial class ClaimIndex
{
    [GeneratedRegex(@"\b(in|of|from|at|for|between|near|with|by|to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QualifyingWord();

    private const int BlockWindow = 24;
    private const int KeysRead = 12;
    private const int SameDocumentWindow = 8;
    private const int MaxCandidates = 24;

    /// <summary>Other documents' block entries read per claim at most, rarest keys first.</summary>
    private const int MaxReads = 32;

    private static Regex WordPattern => WordRegex();

    private static Regex BeforeCue => BeforeCueRegex();

    private static Regex InclusiveCue => InclusiveCueRegex();

    private static Regex AfterCue => AfterCueRegex();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"\b(before|prior\s+to|earlier\s+than|ahead\s+of|until|till)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BeforeCueRegex();

    [GeneratedRegex(@"\b(since|until|till)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InclusiveCueRegex();

    [GeneratedRegex(@"\b(after|later\s+than|since|following)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterCueRegex();

    // The claims indexed since _firstClaim (all of them without a store; with one, those since the last save: a
    // snapshot replays the older ones from the documents).
    private readonly List<ClaimRecord> _claims = [];
    private int _firstClaim;
    private readonly ResolutionData _data = ResolutionData.Default;
    private readonly EntityIndex _entities;
    private readonly IndexState<EntityGroup> _state;

    public ClaimIndex(EntityIndex entities)
    {
        _entities = entities;
        _state = entities.State;
        _firstClaim = _state.Claims;
    }

    /// <summary>Work units (block entries read) spent by the last <see cref="Add"/>.</summary>
    public long LastAddWork { get; private set; }

    /// <summary>Forgets the claims indexed so far (they are saved).</summary>
    public void ForgetClaims()
    {
        _firstClaim = _state.Claims;
        _claims.Clear();
    }

    /// <summary>Adds the claims of a document whose mentions resolved to <paramref name="mentionNodes"/>; returns the candidates of each.</summary>
    public int[][] Add(AnnotatedDocument document, int[] mentionNodes)
    {
        LastAddWork = 0;
        _state.Documents++;
        var records = CreateRecords(document, mentionNodes);
        _state.PrefetchBlocks(records.SelectMany(KeysOf));
        foreach (var record in records)
        {
            FindCandidates(record);
        }

        return [.. records.Select(r => r.Candidates.ToArray())];
    }

    /// <summary>Recreates a document's claim records as <see cref="Add"/> made them, with the candidates stored then.</summary>
    public void Replay(AnnotatedDocument document, IndexedDocument stored)
    {
        if (_state.Claims != stored.FirstClaim || stored.Candidates.Length != document.Claims.Count)
        {
            throw new ResolutionIndexException($"document {document.Name}: its claims no longer match the index");
        }

        var records = CreateRecords(document, stored.MentionNodes);
        for (var i = 0; i < records.Count; i++)
        {
            records[i].Candidates.AddRange(stored.Candidates[i]);
        }
    }

    private List<ClaimRecord> CreateRecords(AnnotatedDocument document, int[] mentionNodes)
    {
        var records = new List<ClaimRecord>(document.Claims.Count);
        // The records keep the document's identity and dates, not its text and layers: a large case's memory is
        // then its index, not a copy of every report.
        var header = document with { Text = string.Empty, Mentions = [], Times = [], Quantities = [], Claims = [] };
        (int, string)? previousOrigin = null;
        (int, string)? anonymousCiter = null;
        var neighbourhood = new ClaimNeighbourhood(document);
        for (var c = 0; c < document.Claims.Count; c++)
        {
            var claim = document.Claims[c];
            var (near, nearNodes) = neighbourhood.Around(claim, mentionNodes);
            var nodes = new List<int>();
            for (var m = 0; m < near.Mentions.Count; m++)
            {
                var mention = near.Mentions[m];
                if (mention.Start >= claim.Start && mention.End <= claim.End && !nodes.Contains(nearNodes[m]))
                {
                    nodes.Add(nearNodes[m]);
                }
            }

            var (originNode, originName) = Origin(near, claim, nearNodes);
            var unnamedOnly = claim.SourceChain.Count > 0 && claim.SourceChain.All(l => l.Anonymous && l.Resolved is null);
            if (claim.PartOf >= 0 && claim.PartOf < records.Count && claim.SourceChain.Count > 0)
            {
                // A proposition stated in passing has the origin of the claim it was read from.
                (originNode, originName) = (records[claim.PartOf].OriginNode, records[claim.PartOf].OriginName);
            }
            else if (IsBackReference(claim) && previousOrigin is { } inherited)
            {
                // "According to these data": the source the text referred to last.
                (originNode, originName) = inherited;
            }
            else if (unnamedOnly && anonymousCiter is { } citer)
            {
                // "The officials said" after "the Harbor Times, citing two senior officials": the outlet that cited
                // the report's unnamed sources before.
                (originNode, originName) = citer;
            }
            else if (claim.SourceChain.Count > 0)
            {
                previousOrigin = (originNode, originName);
                if (claim.SourceChain[0].Anonymous && claim.SourceChain[0].Resolved is null && !unnamedOnly)
                {
                    anonymousCiter = (originNode, originName);
                }
            }

            var record = new ClaimRecord
            {
                Index = _state.Claims++,
                Id = AnnotatedDocument.ClaimId(document.Id, c),
                Document = header,
                Claim = claim,
                Nodes = [.. nodes],
                Words = Stems(claim.Text),
                Times = TimesOf(near, claim),
                SentenceTimes = SentenceTimesOf(near, claim),
                Quantities = near.Quantities.Where(q => q.Start >= claim.Start && q.End <= claim.End).ToList(),
                Amounts = AmountFrame.Read(document.Text, claim.Start, claim.End, near.Quantities, near.Times, near.Mentions, AmountFrame.Lexicon.Default),
                OriginNode = originNode,
                OriginName = originName,
                Proposition = Propositions.ClaimProposition.From(claim.Proposition, near, nearNodes),
            };
            var plain = claim.Text;
            foreach (var t in record.Times)
            {
                plain = plain.Replace(t.Text, " ", StringComparison.Ordinal);
            }

            record.PlainWords = Stems(plain);
            record.EventWords = Stems(Blank(document.Text, claim.Start, claim.End,
                near.Mentions.Select(m => (m.Start, m.End))
                    .Concat(near.Times.Select(t => (t.Start, t.End)))
                    .Concat(near.Quantities.Select(q => (q.Start, q.End)))));
            record.AnotherPayment = MarksAnotherPayment(record, document.Text);
            _claims.Add(record);
            records.Add(record);
        }

        return records;
    }

    /// <summary>The text of [start, end) with the given spans inside it replaced by spaces.</summary>
    private static string Blank(string text, int start, int end, IEnumerable<(int Start, int End)> spans)
    {
        var chars = text[start..end].ToCharArray();
        foreach (var (s, e) in spans)
        {
            for (var i = Math.Max(s, start); i < Math.Min(e, end); i++)
            {
                chars[i - start] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary>Content-word stems: lowercase, stop words and bare numbers removed, cut to five letters.</summary>
    public HashSet<string> Stems(string text)
    {
        // Span-based: this runs on every claim of every document, and only the stems kept become strings.
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var stopWords = _data.StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var kept = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var match in WordPattern.EnumerateMatches(text))
        {
            var raw = text.AsSpan(match.Index, match.Length).TrimEnd("'’-");
            var lower = raw.Length <= buffer.Length ? buffer[..raw.Length] : new char[raw.Length];
            raw.ToLowerInvariant(lower);
            ReadOnlySpan<char> word = lower;
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            if (word.Length < 2 || stopWords.Contains(word) || AllDigits(word))
            {
                continue;
            }

            // Truncation stemming: crude, but it folds "delivered/delivery/deliveries" with no lexicon to maintain.
            kept.Add(word.Length > 5 ? word[..5] : word);
        }

        return stems;
    }

    private static bool AllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A source named by a demonstrative that points back ("these data", "the report") and resolved to nothing.</summary>
    private static bool IsBackReference(Core.Claims.Claim claim)
    {
        if (claim.SourceChain.Count == 0 || claim.SourceChain[0].Resolved is not null || claim.SourceChain[0].Anonymous)
        {
            return false;
        }

        var words = claim.SourceChain[0].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 1 and <= 4 && words[0].ToLowerInvariant() is "these" or "this" or "those" or "that" or "such";
    }

    private (int Node, string Name) Origin(AnnotatedDocument document, Core.Claims.Claim claim, int[] mentionNodes)
    {
        // The author's own voice: the outlet, or the report's unknown author (a file name is no origin).
        var author = NameForm.Of(document.Source ?? "the author of " + document.Name, _data).Normalised;
        if (claim.SourceChain.Count == 0)
        {
            return (-1, author);
        }

        var root = claim.SourceChain[0];
        if (root.Anonymous && root.Resolved is null)
        {
            // An unnamed source ("a senior official") counts under who cites it: the next named link of the chain
            // ("officials told the Harbor Times"), else the report's outlet or author.
            var cited = claim.SourceChain.Skip(1).FirstOrDefault(l => !l.Anonymous);
            if (cited is null)
            {
                return (-1, author);
            }

            root = cited;
        }

        if (root.Start >= 0)
        {
            // The source is the entity its text ends with ("British channel Metro News"), unless the name only
            // qualifies another head ("local media in X", "the head of X's ministry").
            var node = -1;
            for (var m = 0; m < document.Mentions.Count; m++)
            {
                var mention = document.Mentions[m];
                if (mention.Start >= root.Start && mention.End <= root.End && root.End - mention.End <= 2
                    && !QualifyingWord().IsMatch(document.Text[root.Start..mention.Start]))
                {
                    node = mentionNodes[m];
                }
            }

            if (node < 0)
            {
                node = DescribedNode(document, root, mentionNodes);
            }

            if (node >= 0)
            {
                return (node, NameForm.Of(root.Resolved ?? root.Text, _data).Normalised);
            }
        }

        return (-1, NameForm.Of(CleanSourcePhrase(root.Resolved ?? root.Text), _data).Normalised);
    }

    /// <summary>
    /// "The chamber", "the ministry": a definite description whose head ends a name the report gave before it ("the
    /// Valdernian Audit Chamber") is that body, not an origin of its own beside it.
    /// </summary>
    private static int DescribedNode(AnnotatedDocument document, Core.Claims.SourceLink root, int[] mentionNodes)
    {
        var words = CleanSourcePhrase(root.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase) || char.IsUpper(words[1][0]))
        {
            return -1;
        }

        var node = -1;
        for (var m = 0; m < document.Mentions.Count && document.Mentions[m].End <= root.Start; m++)
        {
            var text = document.Mentions[m].Text;
            if (text.Contains(' ', StringComparison.Ordinal) && text.EndsWith(" " + words[1], StringComparison.OrdinalIgnoreCase))
            {
                node = mentionNodes[m];
            }
        }

        return node;
    }

    private IEnumerable<string> KeysOf(ClaimRecord record)
    {
        // Prefixed "c", they never meet the entity index's keys (one letter and a colon) in the shared store.
        foreach (var w in record.Words)
        {
            yield return "cw:" + w;
        }

        foreach (var q in record.Quantities)
        {
            yield return $"cq:{q.Value}:{q.Unit}";
        }

        // What its counts and delays measure ("people", "late"): claims giving another value of one measure meet.
        foreach (var f in record.Amounts.Where(f => !f.IsUnit))
        {
            yield return "cm:" + f.Thing;
        }

        foreach (var t in record.Times)
        {
            yield return t.Value is not null ? "ct:" + t.Value : "cr:" + t.AnchorKey;
        }

        foreach (var node in record.Nodes)
        {
            foreach (var form in _entities.Node(node).Forms)
            {
                yield return "ce:" + form.FoldedText;
            }
        }

        if (record.Proposition is { } proposition)
        {
            // The event class alone: read when it is among the claim's rarest keys, it finds a restatement in other
            // words whose participants were named differently ("made its maiden flight" / "first flew").
            yield return "cc:" + proposition.PredicateClass;

            // The event class with each participant's name: rare, so read first, and it finds the restatement that
            // shares no rare word ("X bought Y" / "Y was acquired by X").
            foreach (var (_, nodes, _) in proposition.Arguments)
            {
                foreach (var node in nodes)
                {
                    // Each word of the name, so that "the Airbus A380" meets "the A380" before their entities are one.
                    foreach (var word in _entities.Node(node).Forms.SelectMany(f => f.FoldedText.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct())
                    {
                        yield return $"cp:{proposition.PredicateClass}:{word}";
                    }
                }
            }
        }
    }

    private void FindCandidates(ClaimRecord record)
    {
        // Only the most specific keys are read (those with the fewest claims so far: names, amounts, dates, rare
        // words), each at its most recent entries, until a budget per claim is spent: the reading per claim is bounded
        // whatever the case size, and reaches that bound soon, while the rare keys that find restatements come first.
        var hits = new Dictionary<int, int>();
        var keys = KeysOf(record).Distinct().ToList();
        var specific = keys.Select(k => _state.Block(k))
            .OfType<Block>()
            .OrderBy(b => b.Count)
            .Take(KeysRead);
        var reads = 0;
        var document = _state.Documents;
        foreach (var block in specific)
        {
            // The tail of a block is this document's own claims: a few of them are read, then the other documents'.
            var own = 0;
            var others = 0;
            var entries = block.Entries;
            for (var i = entries.Count - 1; i >= 0 && others < BlockWindow && reads < MaxReads; i--)
            {
                LastAddWork++;
                var entry = entries[i];
                if (entry.Document == document)
                {
                    if (own++ >= SameDocumentWindow)
                    {
                        continue;
                    }
                }
                else
                {
                    // The budget is spent on other documents' claims only, so a document's own many claims on one
                    // word do not use it up before the other reports are reached.
                    others++;
                    reads++;
                }

                hits[entry.Value] = hits.GetValueOrDefault(entry.Value) + 1;
            }
        }

        record.Candidates.AddRange(hits
            .OrderByDescending(h => h.Value).ThenByDescending(h => h.Key).Take(MaxCandidates).Select(h => h.Key));
        foreach (var key in keys)
        {
            _state.Append(key, new BlockEntry(record.Index, document));
        }
    }
}
