using Triangulate.Eval.Ner;

namespace Triangulate.Core.Tests.Entities;

public sealed class ConllScorerTests
{
    [Fact]
    public void Scores_exact_span_and_type_as_conlleval()
    {
        // Given gold IOB1 tags with three names and predictions in IOB2 with one right, one wrong span, one wrong type
        string[] gold = ["I-PER", "I-PER", "O", "I-ORG", "I-ORG", "O", "I-LOC"];
        string[] predicted = ["B-PER", "I-PER", "O", "B-ORG", "O", "O", "B-PER"];

        // When they are scored
        var scorer = new ConllScorer();
        scorer.Add(gold, predicted);
        var overall = scorer.Overall();

        // Then 1 of 3 predicted chunks is correct and 1 of 3 gold chunks is found: P = R = F1 = 1/3
        Assert.Equal((1, 3, 3), (overall.Correct, overall.Predicted, overall.Gold));
        Assert.Equal(1.0 / 3, overall.F1, 6);
        var person = scorer.PerType().Single(s => s.Type == "PER");
        Assert.Equal((1, 2, 1), (person.Correct, person.Predicted, person.Gold));
        Assert.Equal(2 * 0.5 * 1.0 / 1.5, person.F1, 6);
    }

    [Fact]
    public void Iob1_B_tag_splits_adjacent_names_of_one_type()
    {
        // Given IOB1 tags where B- separates two adjacent locations
        string[] tags = ["I-LOC", "I-LOC", "B-LOC", "O", "I-MISC"];

        // When chunked
        var chunks = ConllScorer.Chunks(tags);

        // Then there are two locations and one MISC, with conlleval's boundaries
        Assert.Equal([new Chunk(0, 2, "LOC"), new Chunk(2, 3, "LOC"), new Chunk(4, 5, "MISC")], chunks);
    }

    [Fact]
    public void Reader_takes_word_and_tag_columns_of_each_format()
    {
        // Given a UNER-style file (index, word, tag, two dashes) with a document marker and comments
        var path = Path.GetTempFileName();
        File.WriteAllLines(path, ["# newdoc id = a", "# text = Ann went", "1\tAnn\tB-PER\t-\t-", "2\twent\tO\t-\t-", "", "-DOCSTART- -X- -X- O", "", "Oslo NNP B-NP I-LOC"]);

        // When read
        var documents = ConllReader.Read(path);
        File.Delete(path);

        // Then words and tags come from the right columns, split into two documents
        Assert.Equal(2, documents.Count);
        Assert.Equal(["Ann", "went"], documents[0][0].Words);
        Assert.Equal(["B-PER", "O"], documents[0][0].Tags);
        Assert.Equal(["I-LOC"], documents[1][0].Tags);
    }
}
