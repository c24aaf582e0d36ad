using System.Globalization;
using System.Text;

namespace Triangulate.Hostile.Tests.Generators;

/// <summary>
/// Generates news-like prose from a seed: invented people, organisations and places (built from syllables, so no
/// real or sample name is written into the suite), with what the pipeline works hardest on: attributions
/// ("X said", "according to Y"), dates, amounts and counts. Like a story, each text has its own cast (40 people, 25
/// places) that it names again and again. The same seed gives the same text.
/// </summary>
internal sealed class NewsText
{
    private static readonly string[] Syllables = ["ka", "lo", "mir", "ta", "ven", "do", "sa", "rel", "bor", "ni", "qua", "zel", "an", "tor", "li", "mon"];
    private static readonly string[] Orgs = ["Ministry of Trade", "Harbour Authority", "Union of Growers", "Central Bank", "Energy Board", "Port Company"];
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly string[] Things = ["trucks", "tonnes of grain", "drones", "workers", "homes", "contracts"];
    private readonly Random _random;
    private readonly string[] _people;
    private readonly string[] _places;

    /// <param name="seed">The same seed gives the same text.</param>
    /// <param name="cast">How many people the text names (places: five for every eight people).</param>
    public NewsText(int seed, int cast = 40)
    {
        _random = new Random(seed);
        _people = [.. Enumerable.Range(0, cast).Select(_ => $"{Name(2)} {Name(3)}")];
        _places = [.. Enumerable.Range(0, Math.Max(1, cast * 5 / 8)).Select(_ => Name(2 + _random.Next(2)))];
    }

    /// <summary>About <paramref name="characters"/> characters of paragraphs (a paragraph is 3 to 8 sentences).</summary>
    public string Text(int characters)
    {
        var text = new StringBuilder(characters + 400);
        while (text.Length < characters)
        {
            var sentences = _random.Next(3, 9);
            for (var i = 0; i < sentences; i++)
            {
                text.Append(Sentence()).Append(i + 1 < sentences ? " " : "\n\n");
            }
        }

        return text.ToString();
    }

    /// <summary>One sentence of one of several shapes.</summary>
    public string Sentence() => _random.Next(6) switch
    {
        0 => $"{Person()} said on {Date()} that the {Org()} would pay {Amount()} for {Count()} in {Place()}.",
        1 => $"According to {Person()}, the {Org()} denied that {Count()} had left {Place()} before {Date()}.",
        2 => $"The {Org()} of {Place()} reported that {Person()} signed the deal, worth {Amount()}, on {Date()}.",
        3 => $"\"We will not accept this,\" {Person()}, a spokesman for the {Org()}, told reporters in {Place()}.",
        4 => $"Officials in {Place()} expect {Count()} to arrive by {Month()}, {Person()} wrote.",
        _ => $"{Person()} admitted that the {Org()} had moved {Count()} from {Place()} to {Place()} last year.",
    };

    public string Person() => _people[_random.Next(_people.Length)];

    public string Place() => _places[_random.Next(_places.Length)];

    private string Org() => Orgs[_random.Next(Orgs.Length)];

    private string Month() => Months[_random.Next(12)];

    private string Date() => $"{Month()} {_random.Next(1, 29)}, {_random.Next(2015, 2025)}";

    private string Amount() => $"${_random.Next(2, 900)} million";

    private string Count() => $"{_random.Next(2, 9000):N0} {Things[_random.Next(Things.Length)]}";

    private string Name(int syllables)
    {
        var name = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            name.Append(Syllables[_random.Next(i == 0 ? 8 : Syllables.Length)]);
        }

        name[0] = char.ToUpperInvariant(name[0]);
        return name.ToString();
    }
}
