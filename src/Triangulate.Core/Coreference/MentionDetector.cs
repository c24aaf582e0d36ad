using Triangulate.Core.Entities.Recognition;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Core.Coreference;

/// <summary>
/// Finds the mentions coreference links (Lee et al. 2013, from the tree): every personal, possessive or reflexive
/// pronoun; every noun phrase, as the subtree of a noun or proper noun that is not part of another's name
/// (<c>compound</c>, <c>flat</c>), without punctuation at its edges; for a coordination, the whole and its first
/// conjunct apart; and every name of the recogniser that no noun phrase spans exactly ("the Airbus plant" holds
/// "Airbus").
/// </summary>
internal static class MentionDetector
{
    public static List<CorefMention> Detect(CorefInput input, CorefWords words)
    {
        var (text, tokens, sentences, syntax) = (input.Text, input.Tokens, input.Sentences, input.Syntax);
        var spans = new Dictionary<(int, int), CorefMention>();
        var nameOf = new int[tokens.Count];
        Array.Fill(nameOf, -1);
        for (var n = 0; n < input.Names.Count; n++)
        {
            for (var t = input.Names[n].FirstToken; t < input.Names[n].EndToken && t < tokens.Count; t++)
            {
                nameOf[t] = n;
            }
        }

        var children = new List<int>[tokens.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var first = sentences[s].FirstToken;
            var end = Math.Min(tokens.Count, first + sentences[s].TokenCount);
            for (var t = first; t < end; t++)
            {
                var h = syntax[t].Head;
                if (h >= first && h < end && h != t)
                {
                    (children[h] ??= []).Add(t);
                }
            }

            for (var t = first; t < end; t++)
            {
                var pos = syntax[t].Pos;
                if (pos == UniversalPos.PRON)
                {
                    if (words.TryGet(text.AsSpan(tokens[t].Start, tokens[t].Length), out var info) && info.Pronoun && !Pleonastic(text, tokens, syntax, children, t))
                    {
                        Add(spans, input, words, s, t, t + 1, t, nameOf);
                    }

                    continue;
                }

                if (pos is not (UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM) || (pos == UniversalPos.NUM && syntax[t].Is("nummod")) || syntax[t].Is("compound") || syntax[t].Is("flat") || syntax[t].Is("fixed") || syntax[t].Is("goeswith"))
                {
                    continue;
                }

                var (lo, hi) = Subtree(t, children, syntax, t, t, skipConjuncts: false);
                Add(spans, input, words, s, lo, hi + 1, t, nameOf);
                if (children[t]?.Exists(c => syntax[c].Is("conj")) == true)
                {
                    var (flo, fhi) = Subtree(t, children, syntax, t, t, skipConjuncts: true);
                    Add(spans, input, words, s, flo, fhi + 1, t, nameOf);
                    if (spans.TryGetValue(Trim(text, tokens, lo, hi + 1), out var whole))
                    {
                        whole.Number = CorefNumber.Plural;
                    }
                }
            }
        }

        for (var n = 0; n < input.Names.Count; n++)
        {
            var name = input.Names[n];
            if (name.EndToken > tokens.Count || spans.ContainsKey((name.FirstToken, name.EndToken)))
            {
                continue;
            }

            var head = name.EndToken - 1;
            if (input.Syntax[head].Pos is not (UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM))
            {
                continue;
            }

            Add(spans, input, words, SentenceOf(sentences, name.FirstToken), name.FirstToken, name.EndToken, head, nameOf);
        }

        var mentions = spans.Values.ToList();
        mentions.Sort((a, b) => a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : b.EndToken.CompareTo(a.EndToken));
        for (var i = 0; i < mentions.Count; i++)
        {
            mentions[i].Index = i;
        }

        return mentions;
    }

    private static (int, int) Subtree(int t, List<int>[] children, IReadOnlyList<TokenSyntax> syntax, int lo, int hi, bool skipConjuncts, bool top = true)
    {
        if (children[t] is not { } kids)
        {
            return (lo, hi);
        }

        foreach (var c in kids)
        {
            // The first conjunct alone: UD hangs the other conjuncts on it, with their "and" and commas under them.
            if (skipConjuncts && syntax[c].Is("conj"))
            {
                continue;
            }

            // A preposition, conjunction or subordinator before the head belongs to the phrase around the noun phrase.
            if (top && c < t && (syntax[c].Is("case") || syntax[c].Is("cc") || syntax[c].Is("mark")))
            {
                continue;
            }

            lo = Math.Min(lo, c);
            hi = Math.Max(hi, c);
            (lo, hi) = Subtree(c, children, syntax, lo, hi, false, false);
        }

        return (lo, hi);
    }

    // "it is expected to", "it was said that", "it is likely that": an "it" that stands for the clause after it, not a thing.
    private static bool Pleonastic(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TokenSyntax> syntax, List<int>[] children, int t)
    {
        if (!text.AsSpan(tokens[t].Start, tokens[t].Length).Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (syntax[t].Is("expl"))
        {
            return true;
        }

        var governor = syntax[t].Head;
        if (governor < 0 || children[governor] is not { } kids || !(syntax[t].Is("nsubj:pass") || kids.Exists(c => syntax[c].Is("cop"))))
        {
            return false;
        }

        return kids.Exists(c => c > governor && (syntax[c].Is("xcomp") || syntax[c].Is("ccomp") || syntax[c].Is("csubj")));
    }

    private static (int, int) Trim(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        while (first < end && !HasLetterOrDigit(text, tokens[first]))
        {
            first++;
        }

        while (end > first && !HasLetterOrDigit(text, tokens[end - 1]))
        {
            end--;
        }

        return (first, end);
    }

    private static bool HasLetterOrDigit(string text, Token token)
    {
        foreach (var c in text.AsSpan(token.Start, token.Length))
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static int SentenceOf(IReadOnlyList<Sentence> sentences, int token)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (sentences[mid].FirstToken <= token)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private static void Add(Dictionary<(int, int), CorefMention> spans, CorefInput input, CorefWords words, int sentence, int first, int end, int head, int[] nameOf)
    {
        var (text, tokens, syntax) = (input.Text, input.Tokens, input.Syntax);
        (first, end) = Trim(text, tokens, first, end);
        if (end <= first || head < first || head >= end || spans.ContainsKey((first, end)))
        {
            return;
        }

        var headText = text.AsSpan(tokens[head].Start, tokens[head].Length);
        var m = new CorefMention
        {
            FirstToken = first,
            EndToken = end,
            Head = head,
            Sentence = sentence,
            Role = syntax[head].BaseRelation,
            Governor = syntax[head].Head,
        };
        var name = nameOf[head];
        if (syntax[head].Pos == UniversalPos.PRON && words.TryGet(headText, out var pronoun) && pronoun.Pronoun)
        {
            m.Kind = MentionKind.Pronoun;
            (m.Person, m.Number, m.Gender, m.Animacy) = (pronoun.Person, pronoun.Number, pronoun.Gender, pronoun.Animacy);
        }
        else
        {
            m.Kind = name >= 0 || syntax[head].Pos == UniversalPos.PROPN ? MentionKind.Name : MentionKind.Nominal;
            var lemma = syntax[head].Lemma;
            if (words.TryGet(headText, out var info) || words.TryGet(lemma, out info))
            {
                (m.Number, m.Gender, m.Animacy) = (info.Number, info.Gender, info.Animacy);
            }

            if (m.Number == CorefNumber.Unknown)
            {
                m.Number = syntax[head].Pos == UniversalPos.NOUN && !headText.Equals(lemma, StringComparison.OrdinalIgnoreCase) && headText.EndsWith("s", StringComparison.OrdinalIgnoreCase)
                    ? CorefNumber.Plural : CorefNumber.Singular;
            }
        }

        if (name >= 0)
        {
            m.NameIndex = name;
            m.NameType = input.Names[name].Type;
            if (m.Animacy == CorefAnimacy.Unknown)
            {
                m.Animacy = m.NameType switch
                {
                    "PERSON" => CorefAnimacy.Animate,
                    "ORG" or "MEDIA" or "GPE" or "NORP" => CorefAnimacy.Group,
                    _ => CorefAnimacy.Inanimate,
                };
            }
        }

        var content = new List<string>();
        for (var t = first; t < end; t++)
        {
            var pos = syntax[t].Pos;
            // Punctuation, a leading article and the possessive "'s" say nothing of what is named: "Gloria's" is "Gloria".
            if (pos is UniversalPos.PUNCT || (t == first && pos == UniversalPos.DET) || (pos == UniversalPos.PART && syntax[t].Is("case")))
            {
                continue;
            }

            content.Add(text.Substring(tokens[t].Start, tokens[t].Length).ToLowerInvariant());
        }

        m.Words = [.. content];
        m.WordsHash = FeatureHash.Of(string.Join(' ', content), lower: true, foldDigits: false);
        m.HeadHash = FeatureHash.Of(m.Kind == MentionKind.Nominal ? syntax[head].Lemma : headText, lower: true, foldDigits: false);
        m.FirstWordHash = FeatureHash.Of(text.AsSpan(tokens[first].Start, tokens[first].Length), lower: true, foldDigits: false);
        m.Determiner = DeterminerOf(text, tokens, syntax, head, first);
        m.RoleHash = FeatureHash.Of(m.Role, lower: false, foldDigits: false);
        m.TypeHash = m.NameType is null ? 0UL : FeatureHash.Of(m.NameType, lower: false, foldDigits: false);
        spans[(first, end)] = m;
    }

    private static byte DeterminerOf(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TokenSyntax> syntax, int head, int first)
    {
        for (var t = first; t < head; t++)
        {
            if (syntax[t].Head != head)
            {
                continue;
            }

            if (syntax[t].Is("nmod:poss"))
            {
                return 4;
            }

            if (syntax[t].Pos != UniversalPos.DET)
            {
                continue;
            }

            var w = text.AsSpan(tokens[t].Start, tokens[t].Length);
            return w.Equals("the", StringComparison.OrdinalIgnoreCase) ? (byte)1
                : w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase) ? (byte)2
                : w.Equals("this", StringComparison.OrdinalIgnoreCase) || w.Equals("that", StringComparison.OrdinalIgnoreCase) || w.Equals("these", StringComparison.OrdinalIgnoreCase) || w.Equals("those", StringComparison.OrdinalIgnoreCase) ? (byte)3
                : (byte)5;
        }

        return 0;
    }
}
