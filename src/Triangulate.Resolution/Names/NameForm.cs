using System.Globalization;
using System.Text;

namespace Triangulate.Resolution.Names;

/// <summary>
/// One spelling of a name, prepared for comparison: normalised tokens (case, diacritics, punctuation, articles,
/// "al-" prefixes and corporate suffixes removed), their transliteration-folded forms and consonant skeletons, and
/// the acronym the name would have.
/// </summary>
internal sealed partial class NameForm
{
    private NameForm(string text, string[] tokens, string[] folded, string[] skeletons, string? acronym, bool isAcronym)
    {
        Text = text;
        Tokens = tokens;
        Folded = folded;
        Skeletons = skeletons;
        Acronym = acronym;
        IsAcronym = isAcronym;
        Normalised = string.Join(' ', tokens);
        FoldedText = string.Join(' ', folded);
        Skeleton = string.Join(' ', skeletons);
    }

    /// <summary>Numbers and qualifying words of the name, sorted: two names that differ here name different things.</summary>
    public string QualifierKey { get; private init; } = string.Empty;

    /// <summary>True when the spelling ended in a corporate suffix ("Citigroup Inc."): it names a company.</summary>
    public bool HadCorporateSuffix { get; private init; }

    /// <summary>As written.</summary>
    public string Text { get; }

    /// <summary>Normalised tokens.</summary>
    public string[] Tokens { get; }

    /// <summary>Tokens after the transliteration rules.</summary>
    public string[] Folded { get; }

    /// <summary>Consonant skeleton of each token.</summary>
    public string[] Skeletons { get; }

    /// <summary>Initials of a name of two or more words ("irgc"), or null.</summary>
    public string? Acronym { get; }

    /// <summary>True when the name as written is itself an acronym ("NGA", "U.N.").</summary>
    public bool IsAcronym { get; }

    /// <summary>The normalised tokens joined by spaces: the exact-match key.</summary>
    public string Normalised { get; }

    /// <summary>The folded tokens joined by spaces.</summary>
    public string FoldedText { get; }

    /// <summary>The skeletons joined by spaces.</summary>
    public string Skeleton { get; }

    /// <summary>
    /// The part of the text that names the referent: the text up to a place phrase ("Sam's Club in Bloomington",
    /// "Mannheim, Germany", "a ridge near the glacier" name "Sam's Club", "Mannheim", "a ridge").
    /// </summary>
    public string Referent { get; private init; } = string.Empty;

    /// <summary>True when the name is written without capitals: a common noun phrase ("the company").</summary>
    public bool IsCommon => !Referent.Any(char.IsUpper);

    /// <summary>The normalised names of a list ("Egypt and India": "egypt", "india"), empty when not a list.</summary>
    public IReadOnlyList<string> Conjuncts { get; private init; } = [];

    /// <summary>True when nothing is left after normalisation.</summary>
    public bool IsEmpty => Tokens.Length == 0;

    /// <summary>The last token: a person's surname, a noun phrase's head.</summary>
    public string Head => Tokens.Length == 0 ? string.Empty : Tokens[^1];

    /// <summary>Prepares <paramref name="text"/> for comparison.</summary>
    public static NameForm Of(string text, ResolutionData? data = null)
    {
        data ??= ResolutionData.Default;
        var referent = NameForms.ReferentOf(text);
        var conjuncts = NameForms.ConjunctsOf(referent).Select(c => Of(c, data).Normalised).Where(c => c.Length > 0).ToList();
        var raw = Words(referent, data);
        var isAcronym = IsAcronymSpelling(text);
        // After an "al-" prefix is stripped, a hyphen splits words ("Hewlett-Packard" = "Hewlett Packard") unless a
        // part holds a digit: a model designation ("Tk-52") stays one token.
        var allTokens = raw.Select(StripHyphenPrefix(data))
            .SelectMany(t => t.Any(char.IsDigit) ? [BaseModel(t)] : t.Split('-', StringSplitOptions.RemoveEmptyEntries))
            .Where(t => t.Length > 0).Select(t => data.Abbreviations.GetValueOrDefault(t, t)).ToList();
        while (allTokens.Count > 1 && data.LeadingWords.Contains(allTokens[0]))
        {
            allTokens.RemoveAt(0);
        }

        // Function words inside a name carry nothing ("Republic of Veldra" = "Veldra Republic").
        var tokens = allTokens.Where((t, i) => i == 0 || t is not ("of" or "the" or "and" or "for" or "de" or "du" or "des" or "del")).ToList();
        var hadSuffix = false;
        while (tokens.Count > 1 && data.CorporateSuffixes.Contains(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
            hadSuffix = true;
        }

        // Initials written with dots count letter by letter in an acronym ("U.S. Air Force" is "USAF").
        var dotted = text.Contains('.', StringComparison.Ordinal)
            ? DottedInitials().Matches(text).Select(m => m.Value.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal)
            : null;
        var initials = tokens.Where(t => t is not ("of" or "and" or "for" or "the" or "de"))
            .SelectMany(t => dotted is not null && dotted.Contains(t) ? t : t[..1]).ToArray();
        var arr = tokens.ToArray();
        if (isAcronym)
        {
            arr = [string.Concat(arr)];
        }

        var folded = arr.Select(t => Fold(t, data)).ToArray();
        var skeletons = folded.Select(t => SkeletonOf(t, data)).ToArray();
        var acronym = !isAcronym && initials.Length >= 2 ? new string(initials) : null;
        var qualifiers = arr.Where(t => data.Qualifiers.Contains(t) || t.Any(char.IsDigit))
            .Select(t => t.Any(char.IsDigit) ? new string(t.Where(char.IsDigit).ToArray()) : t)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new NameForm(text, arr, folded, skeletons, acronym, isAcronym)
        {
            QualifierKey = string.Join(' ', qualifiers),
            HadCorporateSuffix = hadSuffix,
            Referent = referent,
            Conjuncts = conjuncts.Count > 1 ? conjuncts : [],
        };
    }

    /// <summary>Lowercase words without diacritics; apostrophes dropped, other punctuation splits.</summary>
    public static List<string> Words(string text, ResolutionData data)
    {
        var decomposed = JoinInitials(StripPossessive(text));
        var sb = new StringBuilder(decomposed.Length);
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (c is '\'' or '’' && i + 1 < decomposed.Length && decomposed[i + 1] is 's' or 'S'
                && (i + 2 == decomposed.Length || !char.IsLetter(decomposed[i + 2])))
            {
                i++; // a possessive "'s" inside a name: "Valdoria's Nasr" = "Valdoria Nasr"
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘' or 'ʼ' or 'ʻ' or '`')
            {
                continue;
            }

            if (data.Diacritics.TryGetValue(c, out var plain))
            {
                sb.Append(plain);
            }
            else if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c == '-' && sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append('-');
            }
            else
            {
                sb.Append(' ');
            }
        }

        // Hyphens stay only to recognise "al-" prefixes; a hyphen inside a model name ("Tk-52") joins its parts.
        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('-')).Where(w => w.Length > 0).ToList();
    }

    /// <summary>
    /// Capital initials written with dots ("U.S. Department of Labor") are one word, as "US" is; initials of a
    /// person written apart ("J. R. Smith") stay apart.
    /// </summary>
    private static string JoinInitials(string written) =>
        written.Contains('.', StringComparison.Ordinal)
            ? DottedInitials().Replace(written, m => m.Value.Replace(".", string.Empty, StringComparison.Ordinal))
            : written;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\p{L})(?:\p{Lu}\.){2,}")]
    private static partial System.Text.RegularExpressions.Regex DottedInitials();

    /// <summary>
    /// A model's variant is the model: "A380-800" and "A380-800F" are the "A380", "737-800" the "737"; a designation
    /// whose first part holds no digit ("Tk-52", "MiG-29") is kept whole.
    /// </summary>
    private static string BaseModel(string token)
    {
        var hyphen = token.IndexOf('-', StringComparison.Ordinal);
        if (hyphen <= 0)
        {
            return token;
        }

        var first = token[..hyphen];
        var digits = first.Count(char.IsDigit);
        return digits > 0 && first.All(char.IsLetterOrDigit) && (digits >= 3 || first.Any(char.IsLetter)) && token[(hyphen + 1)..].Any(char.IsDigit)
            ? first
            : token;
    }

    /// <summary>Folds a token by the transliteration rules and drops a final -i/-y after a consonant.</summary>
    public static string Fold(string token, ResolutionData data)
    {
        var s = token.Replace("-", string.Empty, StringComparison.Ordinal);
        foreach (var (from, to) in data.Transliteration)
        {
            s = s.Replace(from, to, StringComparison.Ordinal);
        }

        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (sb.Length == 0 || sb[^1] != c || char.IsDigit(c))
            {
                sb.Append(c);
            }
        }

        if (sb.Length > 4 && (sb[^1] == 'i' || sb[^1] == 'y') && !IsVowel(sb[^2]))
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    /// <summary>The consonant skeleton: first letter kept, vowels dropped, consonant classes merged, runs collapsed.</summary>
    public static string SkeletonOf(string folded, ResolutionData data)
    {
        var sb = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (i > 0 && (IsVowel(c) || c == 'y' || c == 'h'))
            {
                continue;
            }

            var mapped = i == 0 && IsVowel(c) ? 'a' : data.SkeletonClasses.GetValueOrDefault(c, c);
            if (sb.Length == 0 || sb[^1] != mapped)
            {
                sb.Append(mapped);
            }
        }

        return sb.ToString();
    }

    private static string StripPossessive(string text)
    {
        var t = text.TrimEnd();
        foreach (var suffix in (string[])["'s", "’s", "'", "’"])
        {
            if (t.Length > suffix.Length + 1 && t.EndsWith(suffix, StringComparison.Ordinal))
            {
                return t[..^suffix.Length];
            }
        }

        return t;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static Func<string, string> StripHyphenPrefix(ResolutionData data) => token =>
    {
        foreach (var prefix in data.HyphenPrefixes)
        {
            if (token.Length > prefix.Length + 1 && token.StartsWith(prefix, StringComparison.Ordinal))
            {
                return token[prefix.Length..];
            }
        }

        return token;
    };

    private static bool IsAcronymSpelling(string text)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
            else if (c is not ('.' or '-' or '&') && !char.IsDigit(c))
            {
                return false;
            }
        }

        return letters >= 2 && letters <= 8 && upper >= letters - 1 && upper >= 2;
    }
}
