namespace Triangulate.Core.Claims;

/// <summary>Sentences saying that a party said nothing.</summary>
internal sealed partial class ClaimScanner
{
    /// <summary>
    /// "X declined to comment", "X did not respond to a request for comment (on the report)": a statement that a party
    /// said nothing denies nothing, so the sentence makes no claim. The phrase must come within the sentence's first
    /// words (its subject) and end it, but for what the comment was about.
    /// </summary>
    private bool IsNoComment(int first, int contentEnd)
    {
        const int MaxSubjectChars = 60;
        const int MaxTopicChars = 60;
        var start = _tokens[first].Start;
        var text = _text.AsSpan(start, _tokens[contentEnd - 1].End - start);
        foreach (var pattern in _lexicon.NoComment)
        {
            // The first match only, as Regex.Match would give, without a substring or a Match object per sentence.
            foreach (var m in pattern.EnumerateMatches(text))
            {
                if (m.Index <= MaxSubjectChars && !text[..m.Index].Contains(','))
                {
                    var rest = text[(m.Index + m.Length)..].Trim();
                    if (rest.Length == 0 || (rest.Length <= MaxTopicChars && (rest.StartsWith("on ", StringComparison.OrdinalIgnoreCase)
                        || rest.StartsWith("about ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("for comment", StringComparison.OrdinalIgnoreCase))))
                    {
                        return true;
                    }
                }

                break;
            }
        }

        return false;
    }
}
