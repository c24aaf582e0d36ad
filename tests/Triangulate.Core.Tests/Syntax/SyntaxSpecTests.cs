using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Core.Tests.Syntax;

/// <summary>Runs the examples of <c>syntax.spec.txt</c>: a sentence in, the arcs that matter out.</summary>
public sealed class SyntaxSpecTests
{
    private const string Spec = "Syntax/syntax.spec.txt";

    private static readonly AnnotationPipeline Pipeline =
        new PipelineBuilder().Add(new TokenAnnotator()).Add(new SyntaxAnnotator()).Build();

    public static TheoryData<string> Examples => SpecFile.Titles(Spec);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_holds(string title)
    {
        // Given the example's sentence
        var example = SpecFile.Read(Spec).Single(e => e.Title == title);
        var document = new Document(example.One("text")!, new DocumentMetadata("spec"));

        // When the tokens and the syntax stage run
        Pipeline.Run(document);
        var tokens = document.Get<Token>();
        var syntax = document.Get<TokenSyntax>();
        var tree = Assert.Single(DependencyTree.Of(document));
        int Find(string word)
        {
            var parts = word.Split('#');
            var nth = parts.Length > 1 ? int.Parse(parts[1]) : 1;
            var matches = Enumerable.Range(0, tokens.Count).Where(t => document.Slice(tokens[t].Start, tokens[t].End) == parts[0]).ToList();
            Assert.True(matches.Count >= nth, $"no token '{word}' in '{document.Text}'");
            return matches[nth - 1];
        }

        string Word(int t) => t < 0 ? "(none)" : document.Slice(tokens[t].Start, tokens[t].End);
        var drawn = string.Join(" ", Enumerable.Range(0, tokens.Count).Select(t => $"{Word(t)}/{syntax[t].Pos}<-{syntax[t].Relation}-{Word(syntax[t].Head)}"));

        // Then each listed arc, subject, negation, clause and lemma is as a careful reader would draw it (a line
        // marked "(miss)" is checked and reported, but is a known mistake of today's model)
        var failures = Check(example, document, tree, syntax, Find, Word)
            .Where(c => !c.Holds && !c.KnownMiss)
            .Select(c => c.Line)
            .ToList();
        Assert.True(failures.Count == 0, $"{string.Join("; ", failures)} in: {drawn}");
    }

    [Fact]
    public void Most_expectations_hold_known_misses_included()
    {
        // Given every example of the spec
        var checks = new List<(string Line, bool Holds, bool KnownMiss)>();
        foreach (var example in SpecFile.Read(Spec))
        {
            var document = new Document(example.One("text")!, new DocumentMetadata("spec"));
            Pipeline.Run(document);
            var tokens = document.Get<Token>();
            int Find(string word)
            {
                var parts = word.Split('#');
                var nth = parts.Length > 1 ? int.Parse(parts[1]) : 1;
                return Enumerable.Range(0, tokens.Count).Where(t => document.Slice(tokens[t].Start, tokens[t].End) == parts[0]).Skip(nth - 1).First();
            }

            string Word(int t) => t < 0 ? "(none)" : document.Slice(tokens[t].Start, tokens[t].End);

            // When each expectation is checked
            checks.AddRange(Check(example, document, DependencyTree.Of(document)[0], document.Get<TokenSyntax>(), Find, Word));
        }

        // Then at least 80 % hold, and the lines marked as misses are exactly those that fail
        var share = (double)checks.Count(c => c.Holds) / checks.Count;
        Assert.True(share >= 0.8, $"{share:P0} of {checks.Count} expectations hold");
        var fixedMisses = checks.Where(c => c.KnownMiss && c.Holds).Select(c => c.Line).ToList();
        Assert.True(fixedMisses.Count == 0, $"now right, remove their (miss) mark: {string.Join("; ", fixedMisses)}");
    }

    private static IEnumerable<(string Line, bool Holds, bool KnownMiss)> Check(
        SpecExample example, Document document, DependencyTree tree, IReadOnlyList<TokenSyntax> syntax, Func<string, int> find, Func<int, string> word)
    {
        static (string Line, bool Miss) Strip(string line) =>
            line.EndsWith("(miss)", StringComparison.Ordinal) ? (line[..^6].Trim(), true) : (line, false);

        foreach (var (key, raw) in example.Lines)
        {
            var (line, miss) = Strip(raw);
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            bool? holds = key switch
            {
                "root" => tree.Root == find(parts[0]),
                "arc" => syntax[find(parts[0])].Head == find(parts[2]) && syntax[find(parts[0])].Is(parts[1]),
                "subject" => tree.Subject(find(parts[0])) == find(parts[1]),
                "negated" => tree.IsNegated(find(parts[0])),
                "not-negated" => !tree.IsNegated(find(parts[0])),
                "clause" => tree.ClauseHead(find(parts[0])) == find(parts[1]),
                "lemma" => syntax[find(parts[0])].Lemma == parts[1],
                _ => null,
            };
            if (holds is { } h)
            {
                yield return ($"{key}: {line}", h, miss);
            }
        }
    }

    private static (string, string, string) Three(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (parts[0], parts[1], parts[2]);
    }
}
