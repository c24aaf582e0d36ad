using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Text;
using Triangulate.Core.Times;

namespace Triangulate.Core.Quantities;

/// <summary>
/// The amounts stage: money with ISO currency codes, counts with what they count, measures with their unit, each
/// with its qualifier (<see cref="QuantityQualifiers"/>). Numbers inside time expressions ("November 8", "three
/// weeks") are left to the time stage when it ran before this one.
/// </summary>
public sealed class QuantityAnnotator : IAnnotator
{
    private readonly QuantityLexicon _lexicon;

    /// <summary>Creates the stage with the built-in (and user) word lists.</summary>
    public QuantityAnnotator()
        : this(QuantityLexicon.Default)
    {
    }

    internal QuantityAnnotator(QuantityLexicon lexicon) => _lexicon = lexicon;

    /// <inheritdoc />
    public string Name => "quantities";

    /// <inheritdoc />
    public IReadOnlyList<Type> Requires => [typeof(Token), typeof(Sentence)];

    /// <inheritdoc />
    public IReadOnlyList<Type> Produces => [typeof(Quantity)];

    /// <inheritdoc />
    public void Annotate(Document document)
    {
        var tokens = document.Get<Token>();
        var sentences = document.Get<Sentence>();
        var times = document.GetOrEmpty<TimeExpression>();
        var timeIndex = 0;

        // Time expressions come in text order, as do the tokens asked about: one moving cursor answers.
        bool Taken(int offset)
        {
            while (timeIndex < times.Count && times[timeIndex].End <= offset)
            {
                timeIndex++;
            }

            return timeIndex < times.Count && times[timeIndex].Start <= offset;
        }

        var recognizer = new QuantityRecognizer(_lexicon);
        var found = new List<Quantity>();
        foreach (var sentence in sentences)
        {
            recognizer.Recognize(document.Text, tokens, sentence, Taken, found);
        }

        document.Set<Quantity>(found);
    }
}
