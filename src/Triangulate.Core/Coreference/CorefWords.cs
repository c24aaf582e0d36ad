using System.Collections.Frozen;
using Triangulate.Core.Data;

namespace Triangulate.Core.Coreference;

/// <summary>Grammatical number of a mention.</summary>
internal enum CorefNumber : byte
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>Singular.</summary>
    Singular,

    /// <summary>Plural.</summary>
    Plural,
}

/// <summary>Gender of a mention.</summary>
internal enum CorefGender : byte
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>Male.</summary>
    Male,

    /// <summary>Female.</summary>
    Female,

    /// <summary>Neither ("it").</summary>
    Neuter,
}

/// <summary>Animacy of a mention.</summary>
internal enum CorefAnimacy : byte
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>A person or people.</summary>
    Animate,

    /// <summary>A thing.</summary>
    Inanimate,

    /// <summary>An organisation, a place acting as a state, a group ("it" or "they").</summary>
    Group,
}

/// <summary>What <c>coref-words.txt</c> says of one word.</summary>
internal readonly record struct CorefWordInfo(bool Pronoun, byte Person, CorefNumber Number, CorefGender Gender, CorefAnimacy Animacy);

/// <summary>
/// The word lists the coreference model reads number, gender, person and animacy from: <c>coref-words.txt</c>, and
/// the titles of <c>entities-titles.txt</c> as nouns for people. Loaded once.
/// </summary>
internal sealed class CorefWords
{
    private static readonly Lazy<CorefWords> Shared = new(() => new CorefWords(DataFile.ReadLines("coref-words.txt"), DataFile.ReadLines("entities-titles.txt")));

    private readonly FrozenDictionary<string, CorefWordInfo> _words;

    internal CorefWords(IEnumerable<string> lines, IEnumerable<string> titles)
    {
        var words = new Dictionary<string, CorefWordInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var title in titles)
        {
            if (!title.Contains(' ', StringComparison.Ordinal))
            {
                words.TryAdd(title, new CorefWordInfo(false, 3, CorefNumber.Unknown, CorefGender.Unknown, CorefAnimacy.Animate));
            }
        }

        foreach (var line in lines)
        {
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            if (bar <= 0)
            {
                continue;
            }

            var word = line[..bar].Trim();
            bool pronoun = false;
            byte person = 3;
            var number = CorefNumber.Unknown;
            var gender = CorefGender.Unknown;
            var animacy = CorefAnimacy.Unknown;
            foreach (var attribute in line[(bar + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                switch (attribute)
                {
                    case "pron": pronoun = true; break;
                    case "1": person = 1; break;
                    case "2": person = 2; break;
                    case "3": person = 3; break;
                    case "sg": number = CorefNumber.Singular; break;
                    case "pl": number = CorefNumber.Plural; break;
                    case "male": gender = CorefGender.Male; break;
                    case "female": gender = CorefGender.Female; break;
                    case "neuter": gender = CorefGender.Neuter; break;
                    case "animate": animacy = CorefAnimacy.Animate; break;
                    case "inanimate": animacy = CorefAnimacy.Inanimate; break;
                    case "group": animacy = CorefAnimacy.Group; break;
                    default: break;
                }
            }

            words[word] = new CorefWordInfo(pronoun, person, number, gender, animacy);
        }

        _words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The lists shipped with the program (and the user's additions).</summary>
    public static CorefWords Default => Shared.Value;

    /// <summary>What the lists say of <paramref name="word"/>, if anything.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out CorefWordInfo info) =>
        _words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out info);
}
