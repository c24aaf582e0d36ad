using Triangulate.Core.Entities.Recognition;

namespace Triangulate.Core.Syntax;

/// <summary>
/// What the tagger and the parser know of each word of a sentence, computed once per word as 64-bit hashes so that
/// no feature ever becomes a string: the form (case kept, digits folded to 0), the lower-cased form, prefixes and
/// suffixes, the collapsed word shape ("Xx", "d.d", "x-x"), the word's cluster (induced from raw text at training
/// time) and the tags it had in the training data. One instance is reused sentence after sentence by one thread.
/// </summary>
internal sealed class WordFeatures
{
    /// <summary>Flag: the first character is upper case.</summary>
    public const byte Capitalised = 1;

    /// <summary>Flag: every letter is upper case and there are at least two.</summary>
    public const byte AllCaps = 2;

    /// <summary>Flag: the word has a digit.</summary>
    public const byte HasDigit = 4;

    /// <summary>Flag: the word has a hyphen inside.</summary>
    public const byte HasHyphen = 8;

    /// <summary>Flag: the word has no letter or digit.</summary>
    public const byte NoAlphanumeric = 16;

    private readonly HashMap64 _clusters;
    private readonly HashMap64 _tagSets;

    public WordFeatures(HashMap64 clusters, HashMap64 tagSets, int capacity = 64)
    {
        _clusters = clusters;
        _tagSets = tagSets;
        Resize(capacity);
    }

    public int Count { get; private set; }

    public ulong[] Word { get; private set; } = [];

    public ulong[] Lower { get; private set; } = [];

    public ulong[] Prefix1 { get; private set; } = [];

    public ulong[] Prefix2 { get; private set; } = [];

    public ulong[] Prefix3 { get; private set; } = [];

    public ulong[] Suffix1 { get; private set; } = [];

    public ulong[] Suffix2 { get; private set; } = [];

    public ulong[] Suffix3 { get; private set; } = [];

    public ulong[] Suffix4 { get; private set; } = [];

    public ulong[] Shape { get; private set; } = [];

    /// <summary>Fine cluster + 1 in the low 16 bits, coarse cluster above them; 0 for a word without a cluster.</summary>
    public int[] Cluster { get; private set; } = [];

    public byte[] Flags { get; private set; } = [];

    /// <summary>The set of tags the word had in the training data (a bit per tag), 0 for a word not seen there.</summary>
    public int[] TagSet { get; private set; } = [];

    /// <summary>The hash <see cref="Lower"/> holds for <paramref name="form"/>: lower-cased, digits folded to 0.</summary>
    public static ulong LowerHash(ReadOnlySpan<char> form)
    {
        Span<char> lower = form.Length <= 64 ? stackalloc char[form.Length] : new char[form.Length];
        for (var k = 0; k < form.Length; k++)
        {
            lower[k] = char.IsDigit(form[k]) ? '0' : char.ToLowerInvariant(form[k]);
        }

        return FeatureHash.Of(lower, lower: false, foldDigits: false);
    }

    /// <summary>Starts a sentence of <paramref name="count"/> words.</summary>
    public void Reset(int count)
    {
        if (count > Word.Length)
        {
            Resize(Math.Max(count, Word.Length * 2));
        }

        Count = count;
    }

    /// <summary>Computes the features of word <paramref name="i"/>.</summary>
    public void Set(int i, ReadOnlySpan<char> form)
    {
        Word[i] = FeatureHash.Of(form, lower: false, foldDigits: true);
        Span<char> lower = form.Length <= 64 ? stackalloc char[form.Length] : new char[form.Length];
        byte flags = 0;
        var letters = 0;
        var uppers = 0;
        var alphanumeric = false;
        for (var k = 0; k < form.Length; k++)
        {
            var c = form[k];
            if (char.IsLetter(c))
            {
                letters++;
                alphanumeric = true;
                if (char.IsUpper(c))
                {
                    uppers++;
                }
            }
            else if (char.IsDigit(c))
            {
                flags |= HasDigit;
                alphanumeric = true;
                c = '0';
            }
            else if (c == '-' && k > 0 && k < form.Length - 1)
            {
                flags |= HasHyphen;
            }

            lower[k] = char.ToLowerInvariant(c);
        }

        if (form.Length > 0 && char.IsUpper(form[0]))
        {
            flags |= Capitalised;
        }

        if (uppers >= 2 && uppers == letters)
        {
            flags |= AllCaps;
        }

        if (!alphanumeric)
        {
            flags |= NoAlphanumeric;
        }

        Flags[i] = flags;
        Lower[i] = FeatureHash.Of(lower, lower: false, foldDigits: false);
        Prefix1[i] = Affix(lower, 1, prefix: true);
        Prefix2[i] = Affix(lower, 2, prefix: true);
        Prefix3[i] = Affix(lower, 3, prefix: true);
        Suffix1[i] = Affix(lower, 1, prefix: false);
        Suffix2[i] = Affix(lower, 2, prefix: false);
        Suffix3[i] = Affix(lower, 3, prefix: false);
        Suffix4[i] = Affix(lower, 4, prefix: false);
        Shape[i] = ShapeOf(form);
        var cluster = _clusters.Get(Word[i], 0);
        Cluster[i] = cluster != 0 ? cluster : _clusters.Get(Lower[i], 0);
        TagSet[i] = _tagSets.Get(Lower[i], 0);
    }

    // An affix longer than the word is the word itself marked as such, so "a" and the prefix "a" of "about" differ.
    private static ulong Affix(ReadOnlySpan<char> lower, int length, bool prefix) =>
        length >= lower.Length
            ? FeatureHash.Mix(99, FeatureHash.Of(lower, lower: false, foldDigits: false))
            : FeatureHash.Of(prefix ? lower[..length] : lower[^length..], lower: false, foldDigits: false);

    private static ulong ShapeOf(ReadOnlySpan<char> form)
    {
        // Collapsed shape: runs of one class become one symbol ("McDonald" is "XxXx", "7,500" is "d,d").
        Span<char> shape = stackalloc char[Math.Min(form.Length, 12)];
        var n = 0;
        for (var k = 0; k < form.Length && n < shape.Length; k++)
        {
            var c = form[k];
            var s = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (n == 0 || shape[n - 1] != s)
            {
                shape[n++] = s;
            }
        }

        return FeatureHash.Of(shape[..n], lower: false, foldDigits: false);
    }

    private void Resize(int capacity)
    {
        Word = new ulong[capacity];
        Lower = new ulong[capacity];
        Prefix1 = new ulong[capacity];
        Prefix2 = new ulong[capacity];
        Prefix3 = new ulong[capacity];
        Suffix1 = new ulong[capacity];
        Suffix2 = new ulong[capacity];
        Suffix3 = new ulong[capacity];
        Suffix4 = new ulong[capacity];
        Shape = new ulong[capacity];
        Cluster = new int[capacity];
        Flags = new byte[capacity];
        TagSet = new int[capacity];
    }
}
