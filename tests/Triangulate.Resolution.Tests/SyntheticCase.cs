using System.Text;
using Triangulate.Core.Claims;
using Triangulate.Core.Entities;
using Triangulate.Resolution;

namespace Triangulate.Resolution.Tests;

/// <summary>
/// A deterministic stream of fake reports for scaling tests: entities drawn with a Zipf-like skew from a large pool
/// of invented names (new names keep appearing, as in news), claims made of words drawn the same way.
/// </summary>
internal sealed class SyntheticCase(int seed = 7)
{
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ra", "ten", "vor", "sa", "bel", "dun", "ni", "zo", "pra", "gel", "tu", "mar", "ish", "no", "ve", "qua", "del"];
    private static readonly string[] Types = [EntityTypes.Person, EntityTypes.Org, EntityTypes.Gpe, EntityTypes.Product];
    private readonly Random _random = new(seed);

    public AnnotatedDocument Next(int sequence)
    {
        var text = new StringBuilder();
        var mentions = new List<EntityMention>();
        var claims = new List<Claim>();
        for (var c = 0; c < 6; c++)
        {
            var start = text.Length;
            for (var w = 0; w < 14; w++)
            {
                if (w % 5 == 1)
                {
                    var id = Zipf(20000);
                    var name = Name(id);
                    mentions.Add(new EntityMention(text.Length, text.Length + name.Length, name, Types[id % Types.Length], name));
                    text.Append(name);
                }
                else
                {
                    text.Append(Word(Zipf(5000)));
                }

                text.Append(' ');
            }

            text.Length--;
            text.Append(". ");
            claims.Add(new Claim(start, text.Length - 2, text.ToString(start, text.Length - 2 - start), [], Stances.Assert, Modalities.Fact));
        }

        var body = text.ToString();
        return new AnnotatedDocument($"{sequence:x16}", $"doc{sequence}.txt", null, null, sequence, body, mentions, [], [], claims);
    }

    private int Zipf(int n) => (int)Math.Min(n - 1, Math.Floor(Math.Pow(n, _random.NextDouble())) - 1);

    private static string Name(int id) =>
        Cap(Word(id * 7 + 3)) + " " + Cap(Word(id));

    private static string Word(int id)
    {
        var sb = new StringBuilder();
        var x = id + 1;
        while (x > 0)
        {
            sb.Append(Syllables[x % Syllables.Length]);
            x /= Syllables.Length;
        }

        return sb.ToString();
    }

    private static string Cap(string w) => char.ToUpperInvariant(w[0]) + w[1..];
}
