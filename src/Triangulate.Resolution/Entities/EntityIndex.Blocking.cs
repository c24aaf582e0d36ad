using Triangulate.Core.Data;
using Triangulate.Core.Entities;
using Triangulate.Resolution.Names;

namespace Triangulate.Resolution.Entities;

/// <summary>Blocking keys, context keys and type groups.</summary>
internal sealed partial class EntityIndex
{
    private readonly Dictionary<NameForm, string[]> _formKeys = new(ReferenceEqualityComparer.Instance);

    /// <summary>The blocking keys of a spelling, computed once per spelling.</summary>
    private string[] KeysCached(NameForm form)
    {
        if (!_formKeys.TryGetValue(form, out var keys))
        {
            _formKeys[form] = keys = [.. KeysOf(form)];
        }

        return keys;
    }

    private static bool ShareKey(string[] a, string[] b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly Lazy<Dictionary<string, int>> KnownNames = new(LoadKnownNames);

    /// <summary>The blocking keys of a spelling.</summary>
    internal static IEnumerable<string> KeysOf(NameForm form)
    {
        yield return "n:" + form.Normalised;
        if (KnownNames.Value.TryGetValue(form.Normalised, out var known))
        {
            yield return KnownKeyPrefix + known.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (form.IsAcronym)
        {
            yield return "a:" + form.Tokens[0];

            // A name in capitals may be a word of a longer name ("DAX" of "German DAX index"): its word key too.
            if (form.Tokens[0].Length >= 3)
            {
                yield return "t:" + (form.Skeletons[0].Length >= 2 ? form.Skeletons[0] : form.Folded[0]);
            }

            yield break;
        }

        yield return "f:" + form.FoldedText;
        if (form.Tokens.Length >= 2 && form.Tokens.Length <= 3)
        {
            // "Gazprom Bank" and "Gazprombank": one name written apart or together.
            yield return "f:" + string.Concat(form.Folded);
        }

        if (form.Skeleton.Length >= 3)
        {
            yield return "s:" + form.Skeleton;
        }

        if (form.Acronym is not null)
        {
            yield return "a:" + form.Acronym;
        }

        for (var i = 0; i < form.Tokens.Length; i++)
        {
            if (form.Tokens[i].Length >= 3 && form.Skeletons[i].Length >= 2)
            {
                yield return "t:" + form.Skeletons[i];
            }
            else if (form.Tokens[i].Length >= 3 && !form.Tokens[i].All(char.IsAsciiDigit))
            {
                // A short word of few consonants ("CAC" of "CAC 40 index") is its own key: its skeleton tells nothing.
                yield return "t:" + form.Folded[i];
            }
        }
    }

    private static HashSet<string> ContextKeys(EntityNode node, List<EntityNode> docNodes)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var other in docNodes)
        {
            if (other != node && other.Forms.Count > 0 && keys.Count < 64)
            {
                keys.Add(other.Forms[^1].Skeleton);
            }
        }

        return keys;
    }

    /// <summary>The key two spellings of one line of <c>resolution-known-names.txt</c> share.</summary>
    private const string KnownKeyPrefix = "k:";

    private static Dictionary<string, int> LoadKnownNames()
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = DataFile.ReadLines("resolution-known-names.txt");
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var name in lines[i].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var form = NameForm.Of(name, ResolutionData.Default);
                if (!form.IsEmpty)
                {
                    names.TryAdd(form.Normalised, i);
                }
            }
        }

        return names;
    }

    private static Dictionary<string, int> LoadTypeGroups()
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = DataFile.ReadLines("resolution-type-compatibility.txt");
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var type in lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                groups.TryAdd(type, i);
            }
        }

        foreach (var type in EntityTypes.All)
        {
            groups.TryAdd(type, -1 - groups.Count);
        }

        return groups;
    }
}
