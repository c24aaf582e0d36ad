using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Core.Claims;

/// <summary>
/// One pass of the claim stage over one document: finds the reporting cues of each sentence, builds attributions
/// (source, cue, content) from them, nests and splits them into claims, and carries what the discourse needs
/// across sentences (the last outlet and speaker for anaphors, open quotations).
/// </summary>
internal sealed partial class ClaimScanner
{
    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly IReadOnlyList<Sentence> _sentences;
    private readonly IReadOnlyList<EntityMention> _mentions;
    private readonly IReadOnlyList<TokenSyntax>? _syntax;
    private readonly ClaimLexicon _lexicon;
    private readonly List<Claim> _claims = [];

    // Claims of sentences inside an open quotation whose attribution has not been seen yet: (claim index, tokens).
    private readonly List<(int Claim, int Start, int End)> _pendingQuoted = [];
    private IReadOnlyList<SourceLink>? _quoteChain;

    // The chain of the last quoted speaker, for a quotation that follows right after ("“A,” he said. “B.”").
    private IReadOnlyList<SourceLink>? _speakerChain;
    private string _speakerStance = Stances.Assert;
    private string _quoteStance = Stances.Assert;
    private bool _inQuote;
    private int _quotedSentences;

    public ClaimScanner(Document document, ClaimLexicon lexicon, CueModel? cueModel = null)
    {
        _cueModel = cueModel;
        _text = document.Text;
        _tokens = document.Get<Token>();
        _sentences = document.Get<Sentence>();
        var syntax = document.GetOrEmpty<TokenSyntax>();
        _syntax = syntax.Count == _tokens.Count && syntax.Count > 0 ? syntax : null;
        var mentions = document.GetOrEmpty<EntityMention>();
        _mentions = IsInTextOrder(mentions) ? mentions : [.. mentions.OrderBy(m => m.Start)];
        _lexicon = lexicon;
    }

    private static bool IsInTextOrder(IReadOnlyList<EntityMention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].Start < mentions[i - 1].Start)
            {
                return false;
            }
        }

        return true;
    }

    public List<Claim> Scan()
    {
        var cues = new List<CueHit>();
        var attributions = new List<Attribution>();
        foreach (var sentence in MergedSentences())
        {
            ScanSentence(sentence, cues, attributions);
        }

        RereadClaims();
        WholeQuotationContents();
        return _claims;
    }

    private void ScanSentence(Sentence sentence, List<CueHit> cues, List<Attribution> attributions)
    {
        {
            var first = sentence.FirstToken;
            var end = first + sentence.TokenCount;
            _tree = TreeOf(sentence);
            var contentEnd = end;
            while (contentEnd > first && IsPunct(contentEnd - 1, '.', '!', '?', ';'))
            {
                contentEnd--;
            }

            if (contentEnd == first)
            {
                return;
            }

            var startsInQuote = _inQuote || (QuoteDirection(first) > 0);
            cues.Clear();
            FindCues(first, contentEnd, cues);
            attributions.Clear();
            var dashLine = IsDashLine(first, contentEnd);
            var bare = !dashLine && _pendingQuoted.Count > 0 && IsBareAttribution(cues, first, contentEnd);
            if ((!startsInQuote && !dashLine && !bare) || (!_inQuote && (QuoteDirection(first) > 0)))
            {
                // Outside a quotation, or at the start of a new one, earlier quoted sentences stay unattributed.
                _pendingQuoted.Clear();
                _quoteChain = null;
                _quotedSentences = 0;
            }

            UpdateQuoteState(first, end);
            if (!dashLine && !bare && !startsInQuote && IsNoComment(first, contentEnd))
            {
                return;
            }

            if (dashLine)
            {
                // "“A quotation.” ― A. Name": the line after a quotation names who said it.
                var nameEnd = AttributeDashLine(first, contentEnd);
                if (nameEnd < end)
                {
                    // The next quotation often follows on the same line: "... ― A. Name “Another quotation.”"
                    var rest = _tokens[nameEnd].Start;
                    ScanSentence(new Sentence(rest, sentence.End, nameEnd, end - nameEnd), cues, attributions);
                }

                return;
            }

            if (bare)
            {
                // "“A quoted sentence?” | Clinton said.": the bare attribution names the speaker of the quotation.
                var cue = cues[0];
                AttributePending(LinksFor(first, cue.Start, cue), cue.Entry.Stance);
                return;
            }

            if (cues.Count > 0 || (_cueModel is not null && _tree is not null))
            {
                BuildAttributions(cues, first, contentEnd, attributions);
            }

            if (attributions.Count == 0 && ColonAttribution(first, contentEnd) is { } colon)
            {
                attributions.Add(colon);
            }

            if (attributions.Count == 0)
            {
                AddUnattributed(sentence, first, end, startsInQuote);
            }
            else
            {
                var before = _claims.Count;
                ClampToSubordinate(attributions);
                EmitAttributed(attributions, first, startsInQuote);
                if (!startsInQuote)
                {
                    AddMainClause(cues, attributions, before, first, contentEnd);
                }
            }

            if (!_inQuote)
            {
                _quoteChain = null;
                _quotedSentences = 0;
            }
        }

    }

    /// <summary>
    /// The sentences, with a split before a lowercase word undone: "Rep. Jane Doe (D-Wis.) | said." is one sentence,
    /// as a news sentence does not begin in lowercase.
    /// </summary>
    private IEnumerable<Sentence> MergedSentences()
    {
        Sentence? pending = null;
        foreach (var sentence in _sentences)
        {
            if (pending is { } previous && sentence.TokenCount > 0 &&
                (IsLowercaseWord(sentence.FirstToken) || HasOpenParenthesis(previous)) &&
                _text.AsSpan(previous.End, sentence.Start - previous.End).IndexOf('\n') < 0)
            {
                pending = new Sentence(previous.Start, sentence.End, previous.FirstToken, previous.TokenCount + sentence.TokenCount);
                continue;
            }

            if (pending is { } done)
            {
                yield return done;
            }

            pending = sentence;
        }

        if (pending is { } last)
        {
            yield return last;
        }
    }

    /// <summary>Whether a sentence ends inside a parenthesis: "Sen. Jane Doe (R-S. | C.) said".</summary>
    private bool HasOpenParenthesis(Sentence sentence)
    {
        var depth = 0;
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
        {
            depth += IsPunct(i, '(') ? 1 : IsPunct(i, ')') ? -1 : 0;
        }

        return depth > 0;
    }

    private void AddUnattributed(Sentence sentence, int first, int end, bool startsInQuote)
    {
        var text = _text[sentence.Start..sentence.End];
        if (startsInQuote && _quoteChain is not null)
        {
            _claims.Add(new Claim(sentence.Start, sentence.End, text, _quoteChain, _quoteStance, Modality(first, end, attributed: true)));
            return;
        }

        if (startsInQuote && _speakerChain is not null)
        {
            _claims.Add(new Claim(sentence.Start, sentence.End, text, _speakerChain, _speakerStance, Modality(first, end, attributed: true)));
            _pendingQuoted.Add((_claims.Count - 1, first, end));
            return;
        }

        if (!startsInQuote)
        {
            _speakerChain = null;
        }

        var modality = Modality(first, end, attributed: false);
        _claims.Add(new Claim(sentence.Start, sentence.End, text, [], Stances.Assert, modality));
        if (startsInQuote)
        {
            _pendingQuoted.Add((_claims.Count - 1, first, end));
        }
    }

    private void EmitAttributed(List<Attribution> attributions, int first, bool startsInQuote)
    {
        foreach (var attribution in attributions)
        {
            if (attribution.HasChild || attribution.Dropped || attribution.Links.Count == 0)
            {
                continue;
            }

            var chain = ChainOf(attribution);
            if (attribution.Forward && attribution.ContentEnd <= attribution.ContentStart && attribution.Cue.End < _tokens.Count && IsPunct(attribution.Cue.End, ':'))
            {
                // "She told reporters:" at the end of a line: the quotation that follows is hers.
                _speakerChain = chain;
                _speakerStance = attribution.Stance;
                continue;
            }

            foreach (var (start, end) in SplitContent(attribution))
            {
                var claimStart = _tokens[start].Start;
                var claimEnd = _tokens[end - 1].End;
                var contentStart = ContentOpener(start, first, attribution);
                // An intention's own verb sets the modality ("wants to", "plans to").
                var modalityStart = attribution.Cue.Entry.Kind == CueKind.Attitude && start == attribution.ContentStart ? attribution.Cue.Start : start;
                _claims.Add(new Claim(
                    claimStart, claimEnd, _text[claimStart..claimEnd], chain, attribution.Stance, Modality(modalityStart, end, attributed: true))
                {
                    ContentStart = contentStart < start ? _tokens[contentStart].Start : -1,
                    ContentEnd = contentStart < start ? claimEnd : -1,
                });
            }

            RememberChain(chain);
            if (IsOpeningQuote(attribution.ContentStart) || IsClosingQuote(attribution.ContentEnd - 1))
            {
                _speakerChain = chain;
                _speakerStance = attribution.Stance;
            }

            // A quotation closed by this attribution ("... more words," she said) gives its chain to the sentences
            // quoted before; one it opens ("She said: “...") gives its chain to the sentences that follow.
            if (startsInQuote && !attribution.Forward && attribution.ContentStart == first)
            {
                foreach (var (claim, start, end) in _pendingQuoted)
                {
                    var old = _claims[claim];
                    _claims[claim] = old with { SourceChain = chain, Stance = attribution.Stance, Modality = Modality(start, end, attributed: true) };
                }

                _pendingQuoted.Clear();
            }

            if (_inQuote && attribution.Forward)
            {
                _quoteChain = chain;
                _quoteStance = attribution.Stance;
            }
        }
    }

    private List<SourceLink> ChainOf(Attribution attribution)
    {
        var chain = attribution.Parent is { } parent ? ChainOf(parent) : [];
        chain.AddRange(attribution.Links);
        return chain;
    }

    /// <summary>Splits a content span where one cue carries two complement clauses ("said A and that B").</summary>
    private IEnumerable<(int Start, int End)> SplitContent(Attribution attribution)
    {
        var start = attribution.ContentStart;
        var end = attribution.ContentEnd;
        var pieceStart = start;
        for (var i = start + 1; i + 1 < end; i++)
        {
            if (IsWord(i, "that") && (IsWord(i - 1, "and") || IsWord(i - 1, "but")) && i - 1 > pieceStart)
            {
                if (Trim(pieceStart, i - 1) is { } piece)
                {
                    yield return piece;
                }

                pieceStart = i + 1;
            }
        }

        if (Trim(pieceStart, end) is { } last)
        {
            yield return last;
        }
    }

    private (int Start, int End)? Trim(int start, int end)
    {
        while (start < end && (IsPunct(start, ',', ':', ';', '-', '\u2014', '\u2013') || IsCoordinator(start)))
        {
            start++;
        }

        while (end > start && (IsPunct(end - 1, ',', ':', ';', '-', '\u2014', '\u2013') || In(_lexicon.ClauseStops, end - 1)))
        {
            end--;
        }

        return end > start ? (start, end) : null;
    }
}
