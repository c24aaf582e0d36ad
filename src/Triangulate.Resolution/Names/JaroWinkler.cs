namespace Triangulate.Resolution.Names;

/// <summary>
/// Jaro-Winkler similarity as Winkler defined it (prefix scale 0.1, at most 4 prefix characters, boost above 0.7).
/// Written here rather than taken from F23.StringSimilarity because it is the innermost loop of entity resolution:
/// the library allocates per call (profiling showed it dominating the cost of adding a document), and this one
/// allocates nothing for names up to 256 characters. Tests check it on the textbook examples.
/// </summary>
internal static class JaroWinkler
{
    /// <summary>Similarity of <paramref name="a"/> and <paramref name="b"/>, from 0 to 1.</summary>
    public static double Similarity(string a, string b)
    {
        if (a == b)
        {
            return 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var range = Math.Max(longer.Length / 2 - 1, 0);
        Span<bool> shortMatched = shorter.Length <= 256 ? stackalloc bool[shorter.Length] : new bool[shorter.Length];
        Span<bool> longMatched = longer.Length <= 256 ? stackalloc bool[longer.Length] : new bool[longer.Length];
        var matches = 0;
        for (var i = 0; i < shorter.Length; i++)
        {
            var lo = Math.Max(i - range, 0);
            var hi = Math.Min(i + range + 1, longer.Length);
            for (var j = lo; j < hi; j++)
            {
                if (!longMatched[j] && shorter[i] == longer[j])
                {
                    shortMatched[i] = true;
                    longMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < shorter.Length; i++)
        {
            if (!shortMatched[i])
            {
                continue;
            }

            while (!longMatched[k])
            {
                k++;
            }

            if (shorter[i] != longer[k])
            {
                transpositions++;
            }

            k++;
        }

        double m = matches;
        var jaro = ((m / shorter.Length) + (m / longer.Length) + ((m - (transpositions / 2.0)) / m)) / 3;
        if (jaro <= 0.7)
        {
            return jaro;
        }

        var prefix = 0;
        while (prefix < Math.Min(4, shorter.Length) && shorter[prefix] == longer[prefix])
        {
            prefix++;
        }

        return jaro + (0.1 * prefix * (1 - jaro));
    }
}
