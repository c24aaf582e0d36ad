using Triangulate.Core.Entities;

namespace Triangulate.Resolution.Names;

/// <summary>A similarity between two names and the reason a person would give for it.</summary>
/// <param name="Score">0 (unrelated) to 1 (same name).</param>
/// <param name="Explain">Why, in words (formatted only when asked: comparisons are many, explanations few).</param>
/// <param name="SameFullName">
/// True when both spellings are one name of two or more words after normalisation ("Barack Obama"): evidence strong
/// enough to merge across the types two reports' taggers gave it.
/// </param>
internal readonly record struct NameMatch(double Score, Func<string> Explain, bool SameFullName = false)
{
    /// <summary>True when the evidence is a name and its form with a series number ("Nikkei", "Nikkei 225").</summary>
    public bool Series { get; init; }

    /// <summary>True when the longer name is the shorter with an index word ("MICEX" and "MICEX index").</summary>
    public bool IndexForm { get; init; }

    public static readonly NameMatch None = new(0, () => string.Empty);

    /// <summary>Why, in words.</summary>
    public string Reason => Explain();
}

/// <summary>
/// Compares two spellings of names: exact after normalisation, acronym of the other, transliteration variant (same
/// consonant skeleton and close Jaro-Winkler), token alignment (partial names, surnames, reordered words), and plain
/// Jaro-Winkler for the rest.
/// </summary>
internal static class NameSimilarity
{
    /// <summary>Jaro-Winkler similarity.</summary>
    public static double JaroWinkler(string a, string b) => Names.JaroWinkler.Similarity(a, b);

    /// <summary>How alike two names are, for entities of the given types.</summary>
    public static NameMatch Compare(NameForm a, NameForm b, string type)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return NameMatch.None;
        }

        if (a.Normalised == b.Normalised)
        {
            // A full name of two words or more, or a company's name whose suffix one report wrote ("Citigroup Inc."),
            // is evidence enough to join across the types taggers gave it.
            return new(1.0, () => $"same name after normalisation (\"{a.Normalised}\")", SameFullName: (a.Tokens.Length >= 2 || a.HadCorporateSuffix || b.HadCorporateSuffix) && !a.IsCommon && !b.IsCommon);
        }

        // "Egypt and India" names two places, neither of them by itself.
        if (a.Conjuncts.Contains(b.Normalised) || b.Conjuncts.Contains(a.Normalised))
        {
            return NameMatch.None;
        }

        if (SeriesAcronym(a, b) is { } series)
        {
            return series;
        }

        if (a.IsAcronym || b.IsAcronym)
        {
            var (acr, full) = a.IsAcronym ? (a, b) : (b, a);
            if (full.Acronym is not null && !full.IsAcronym && acr.Tokens[0] == full.Acronym)
            {
                return new(0.93, () => $"\"{acr.Text}\" is the acronym of \"{full.Text}\"");
            }

            // A name in capitals that is a word of the other ("DAX" in "German DAX index") is compared as a part of
            // it, by the rules of whole-name evidence; otherwise capitals are an acronym or nothing.
            if (acr.Tokens.Length != 1 || full.IsAcronym || !full.Tokens.Contains(acr.Tokens[0]))
            {
                return NameMatch.None;
            }
        }

        if (!SameQualifiers(a, b))
        {
            return NameMatch.None;
        }

        if (a.Tokens.Length != b.Tokens.Length && a.FoldedText.Length >= 6 && string.Concat(a.Folded) == string.Concat(b.Folded))
        {
            return new(0.93, () => $"one name written apart and together (\"{a.Text}\" / \"{b.Text}\")");
        }

        if (a.FoldedText == b.FoldedText)
        {
            return new(0.96, () => $"transliteration variant (\"{a.FoldedText}\")");
        }

        var fullJw = JaroWinkler(a.FoldedText, b.FoldedText);
        if (a.Tokens.Length == b.Tokens.Length && a.Skeleton == b.Skeleton && a.Skeleton.Length >= 3 && fullJw >= 0.84)
        {
            return new(0.93, () => $"transliteration variant (consonant skeleton \"{a.Skeleton}\", Jaro-Winkler {fullJw:0.00})");
        }

        if (a.IsCommon || b.IsCommon)
        {
            // Common noun phrases ("the tech company", "company") agree by their head noun, singular or plural.
            return Singular(a.Head) == Singular(b.Head) && a.Head.Length >= 3
                ? new(0.86, () => $"same head noun \"{a.Head}\"")
                : NameMatch.None;
        }

        if ((ModelVariant(a, b) ?? ModelVariant(b, a) ?? ModelNumber(a, b)) is { } model)
        {
            return model;
        }

        var aligned = Align(a, b, type);
        if (aligned is { } m)
        {
            return m;
        }

        if (fullJw >= 0.94 && a.FoldedText.Length >= 6)
        {
            return new(0.88 + (fullJw - 0.94), () => $"similar spelling (Jaro-Winkler {fullJw:0.00})");
        }

        return NameMatch.None;
    }

    // "A350 XWB" and "A350": a model code and the same code with a variant's capitals after it.
    private static NameMatch? ModelVariant(NameForm shorter, NameForm longer)
    {
        if (shorter.Tokens.Length != 1 || longer.Tokens.Length != 2 || shorter.Tokens[0] != longer.Tokens[0] || !IsModelCode(shorter.Tokens[0]) ||
            WithoutLastWord(longer.Text) is not { } rest || longer.Text[(rest.Length + 1)..] is not { Length: >= 2 and <= 4 } suffix ||
            suffix.Any(c => c is < 'A' or > 'Z'))
        {
            return null;
        }

        return new NameMatch(0.9, () => $"\"{longer.Text}\" is a variant of the model \"{shorter.Text}\"");
    }

    // "Airbus 380" and "Airbus A380": one maker's model written with and without the letter before its number.
    private static NameMatch? ModelNumber(NameForm a, NameForm b)
    {
        if (a.Tokens.Length != 2 || b.Tokens.Length != 2 || !TokensMatch(a, 0, b, 0))
        {
            return null;
        }

        var (x, y) = (a.Tokens[1], b.Tokens[1]);
        var (number, code) = x.All(char.IsAsciiDigit) ? (x, y) : (y, x);
        return number.Length >= 2 && number.All(char.IsAsciiDigit) && code.Length == number.Length + 1 && char.IsLetter(code[0]) && code.EndsWith(number, StringComparison.Ordinal)
            ? new NameMatch(0.9, () => $"\"{a.Text}\" and \"{b.Text}\": one maker's model with and without the letter of its number")
            : null;
    }

    private static bool IsModelCode(string token) => token.Any(char.IsDigit) && token.Any(char.IsLetter);

    // The positions of a name's words among its first `end` that are not country words or descriptors.
    private static List<int> OwnWords(NameForm form, int end)
    {
        var words = NameWords.Default;
        var own = new List<int>();
        for (var i = 0; i < end; i++)
        {
            if (!words.IsCountryWord(form.Tokens[i]) && !words.Descriptors.Contains(form.Tokens[i]))
            {
                own.Add(i);
            }
        }

        return own;
    }

    // "S&P 500" and "Standard & Poor's 500": one series number after a name and the acronym of that name.
    private static NameMatch? SeriesAcronym(NameForm a, NameForm b)
    {
        if (a.Tokens.Length < 2 || b.Tokens.Length < 2 || a.Tokens[^1] != b.Tokens[^1] || !a.Tokens[^1].All(char.IsAsciiDigit) ||
            WithoutLastWord(a.Text) is not { } restA || WithoutLastWord(b.Text) is not { } restB)
        {
            return null;
        }

        var (x, y) = (NameForm.Of(restA), NameForm.Of(restB));
        if (x.IsAcronym == y.IsAcronym || x.IsEmpty || y.IsEmpty)
        {
            return null;
        }

        var (acr, full) = x.IsAcronym ? (x, y) : (y, x);
        return full.Acronym is not null && acr.Tokens[0] == full.Acronym
            ? new NameMatch(0.93, () => $"\"{acr.Text}\" is the acronym of \"{full.Text}\", with the same series number {a.Tokens[^1]}")
            : null;
    }

    private static string? WithoutLastWord(string text)
    {
        var space = text.TrimEnd().LastIndexOf(' ');
        return space > 0 ? text[..space] : null;
    }

    /// <summary>
    /// A clipped name: one word of three or four letters that begins, and is at least two letters shorter than, the
    /// first word of an organisation's name ("Fed" and "Federal Reserve", "Citi" and "Citigroup"). Evidence only within
    /// one report that holds no other such name, which the caller checks. Null when not so.
    /// </summary>
    public static NameMatch? ClippedForm(NameForm shorter, NameForm longer, string type)
    {
        if (type != EntityTypes.Org || shorter.Tokens.Length != 1 || shorter.IsAcronym || longer.IsEmpty || longer.IsAcronym ||
            shorter.Tokens[0].Length is < 3 or > 4 || !shorter.Tokens[0].All(char.IsLetter) ||
            longer.Tokens[0].Length < shorter.Tokens[0].Length + 2 || !longer.Tokens[0].StartsWith(shorter.Tokens[0], StringComparison.Ordinal))
        {
            return null;
        }

        return new NameMatch(0.8, () => $"\"{shorter.Text}\" is \"{longer.Text}\" clipped");
    }

    /// <summary>
    /// A product's name and the same name followed by its series number ("FTSE" and "FTSE 100", "Nikkei" and "Nikkei
    /// 225"): evidence only where one report writes both and no other name of the report holds the short form, which
    /// the caller checks (across reports "Boeing 777" and "Boeing 787" share "Boeing"). Null when not so.
    /// </summary>
    public static NameMatch? SeriesShortForm(NameForm shorter, NameForm longer, string type)
    {
        if (type != EntityTypes.Product || shorter.IsEmpty || longer.Tokens.Length < 2 || !longer.Tokens[^1].All(char.IsAsciiDigit) ||
            shorter.Tokens.Any(t => t.Any(char.IsDigit)))
        {
            return null;
        }

        // Country words and descriptors around either name do not count ("British FTSE index" and "FTSE 100").
        var a = OwnWords(shorter, shorter.Tokens.Length);
        var b = OwnWords(longer, longer.Tokens.Length - 1);
        if (a.Count == 0 || a.Count != b.Count || a.Where((i, k) => !TokensMatch(shorter, i, longer, b[k])).Any())
        {
            return null;
        }

        return new NameMatch(0.88, () => $"\"{shorter.Text}\" is \"{longer.Text}\" without its series number" + (a.Count < shorter.Tokens.Length || b.Count < longer.Tokens.Length - 1 ? " (country and descriptor words aside)" : string.Empty));
    }

    /// <summary>True when two tokens are spellings of one word.</summary>
    public static bool TokensMatch(NameForm a, int i, NameForm b, int j)
    {
        if (a.Tokens[i] == b.Tokens[j] || a.Folded[i] == b.Folded[j])
        {
            return true;
        }

        // "Bill" and "William", "Katie" and "Kathryn": one given name.
        var givenNames = ResolutionData.Default.GivenNames;
        if (givenNames.TryGetValue(a.Tokens[i], out var ga) && givenNames.TryGetValue(b.Tokens[j], out var gb) && ga == gb)
        {
            return true;
        }

        var fa = a.Folded[i];
        var fb = b.Folded[j];
        if (fa.Length < 4 || fb.Length < 4)
        {
            return false;
        }

        var jw = JaroWinkler(fa, fb);
        return (a.Skeletons[i] == b.Skeletons[j] && jw >= 0.8) || jw >= 0.93;
    }

    /// <summary>Numbers and qualifying words ("south", "five", "former") must be the same in both names.</summary>
    private static bool SameQualifiers(NameForm a, NameForm b)
    {
        return a.QualifierKey == b.QualifierKey;
    }

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 ? word[..^3] + "y"
        : word.EndsWith("ses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 3 ? word[..^1]
        : word;

    /// <summary>
    /// A shorter name all of whose words are in a longer one: the same thing only on evidence for the whole name. A
    /// place ("Washington" of "Washington Mutual") or a generic name ("Air Force", "Central Bank") is never part of
    /// a longer name; words before the shared ones may only be a country ("Russian RTS") or a descriptor ("Changi
    /// International Airport"), so "Royal Air Force", "Mac App Store", "Latin America" stay their own things; words
    /// after them may be descriptors ("Hang Seng Index") or the rest of a proper name ("Lockheed Martin"), never a
    /// place ("Ford Australia") or an institution word ("Barclays Capital", "Apple Corps").
    /// </summary>
    private static NameMatch? PartOfName(NameForm shorter, NameForm longer, bool[] used, bool lastMatched, bool firstMatched, string type)
    {
        var data = ResolutionData.Default;
        var words = NameWords.Default;
        if (words.Places.Contains(shorter.Normalised))
        {
            return null;
        }

        // A generic name with an institution's head ("Air Force", "Central Bank") is any country's; a generic name
        // of two words without one ("Federal Reserve") is itself a name, which a country may qualify.
        var generic = shorter.Tokens.All(t => words.IsGeneric(t, data));
        if (generic && (shorter.Tokens.Length < 2 || shorter.Tokens.Any(words.OrgHeads.Contains)))
        {
            return null;
        }

        var lastUsed = System.Array.LastIndexOf(used, true);
        var modelCode = shorter.Tokens.Length == 1 && shorter.Tokens[0].Any(char.IsDigit) && shorter.Tokens[0].Any(char.IsLetter);
        var onlyDescriptors = true;
        for (var j = 0; j < longer.Tokens.Length; j++)
        {
            if (used[j])
            {
                continue;
            }

            var token = longer.Tokens[j];
            if (j < lastUsed && (modelCode || (Geographic(type))) && !words.IsCountryWord(token) && !words.IsGeneric(token, data) && !token.Any(char.IsDigit))
            {
                // A maker's name before a model ("Airbus A380" and "A380").
                continue;
            }

            if (j < lastUsed)
            {
                // A word before the shared ones qualifies them.
                if (!words.IsCountryWord(token) && (generic || !words.Descriptors.Contains(token)))
                {
                    return null;
                }
            }
            else if (words.Descriptors.Contains(token) && !generic)
            {
                continue;
            }
            else if (words.IsCountryWord(token) || words.IsGeneric(token, data) || token.Any(char.IsDigit))
            {
                return null;
            }
            else
            {
                onlyDescriptors = false;
            }
        }

        if (onlyDescriptors)
        {
            var indexWord = longer.Tokens.Where((t, j) => !used[j]).Any(t => t is "index" or "indices" or "composite" or "average");
            return new NameMatch(0.88, () => $"\"{shorter.Text}\" is \"{longer.Text}\" without its country or descriptor words") { IndexForm = indexWord };
        }

        var share = (double)used.Count(u => u) / longer.Tokens.Length;
        return share >= 0.5 && (shorter.Tokens.Length >= 2 || lastMatched || firstMatched)
            ? new NameMatch(0.78 + (0.12 * share), () => $"\"{shorter.Text}\" is part of the name \"{longer.Text}\"")
            : null;
    }

    // A place has other names before its own ("Aoraki Mount Cook"); an organisation so qualified is another one.
    private static bool Geographic(string type) => type is EntityTypes.Gpe or EntityTypes.Loc or EntityTypes.Fac;

    private static NameMatch? Align(NameForm a, NameForm b, string type)
    {
        var (shorter, longer) = a.Tokens.Length <= b.Tokens.Length ? (a, b) : (b, a);
        var used = new bool[longer.Tokens.Length];
        var matched = 0;
        var lastMatched = false;
        var firstMatched = false;
        for (var i = 0; i < shorter.Tokens.Length; i++)
        {
            for (var j = 0; j < longer.Tokens.Length; j++)
            {
                if (!used[j] && TokensMatch(shorter, i, longer, j))
                {
                    used[j] = true;
                    matched++;
                    lastMatched |= j == longer.Tokens.Length - 1;
                    firstMatched |= j == 0;
                    break;
                }
            }
        }

        if (matched == 0)
        {
            return null;
        }

        if (matched == shorter.Tokens.Length && shorter.Tokens.Length == longer.Tokens.Length)
        {
            return new NameMatch(0.92, () => $"same words in other spellings or order (\"{a.Text}\" / \"{b.Text}\")");
        }

        if (matched == shorter.Tokens.Length)
        {
            // A part of a name: for a person, the surname (the longer name's last word, or the shorter's last word
            // when the first names agree: "Regina Benjamin" in "Regina M. Benjamin, MD") must be among the words shared.
            if (type == EntityTypes.Person)
            {
                var firstNamesAgree = shorter.Tokens.Length > 1 && TokensMatch(shorter, 0, longer, 0);
                return (lastMatched || firstNamesAgree) && shorter.Head.Length >= 3
                    ? new NameMatch(0.86, () => $"\"{shorter.Text}\" is part of the name \"{longer.Text}\" (surname)")
                    : null;
            }

            return PartOfName(shorter, longer, used, lastMatched, firstMatched, type);
        }

        if (type == EntityTypes.Person)
        {
            return null;
        }

        // Some words shared, some not: weak evidence that only context (co-occurring entities) can settle.
        var fraction = (double)matched / longer.Tokens.Length;
        return fraction >= 0.3
            ? new NameMatch(0.55 + (0.3 * fraction), () => $"shares {matched} of {longer.Tokens.Length} words with \"{longer.Text}\"")
            : null;
    }
}
