using System.Text;

namespace Triangulate.Core.Claims;

/// <summary>
/// Writes a source chain as the path a reader follows: "report → Wall Street Journal → its sources". The first hop
/// is the document itself; an anaphoric source shows the name it resolves to.
/// </summary>
public static class SourceChainFormatter
{
    /// <summary>The separator between hops.</summary>
    public const string Arrow = " \u2192 ";

    /// <summary>Formats <paramref name="chain"/>, starting from <paramref name="documentLabel"/> ("report").</summary>
    /// <param name="chain">The claim's source chain, outermost first; empty for the author's own claims.</param>
    /// <param name="documentLabel">How to name the document itself: "report", its outlet or its file name.</param>
    public static string Format(IReadOnlyList<SourceLink> chain, string documentLabel = "report")
    {
        var builder = new StringBuilder(documentLabel);
        foreach (var link in chain)
        {
            builder.Append(Arrow).Append(Describe(link));
        }

        return builder.ToString();
    }

    /// <summary>
    /// One hop as a reader should see it: the resolved name of an anaphor, else the text as written, without the comma
    /// that closes an apposition ("Jane Doe, the minister,").
    /// </summary>
    public static string Describe(SourceLink link) =>
        link.Resolved is { Length: > 0 } resolved ? resolved : StripArticle(link.Text.TrimEnd(','));

    private static string StripArticle(string text)
    {
        // "the Wall Street Journal" reads as a name; "a senior official" keeps its article, as it is a descriptor.
        return text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && text.Length > 4 && char.IsUpper(text[4])
            ? text[4..]
            : text;
    }
}
