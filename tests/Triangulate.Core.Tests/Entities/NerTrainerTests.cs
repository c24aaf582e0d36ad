using Triangulate.Core.Entities;
using Triangulate.Core.Entities.Recognition;

namespace Triangulate.Core.Tests.Entities;

public sealed class NerTrainerTests
{
    private static LabeledSentence Sentence(string words, string labels) =>
        new(words.Split(' '), [.. labels.Split(' ').Select(l => (byte)Enumerable.Range(0, NerLabels.Count).First(i => NerLabels.Name((byte)i) == l))]);

    [Fact]
    public void Trained_model_tags_new_names_in_a_learnt_context_and_survives_saving()
    {
        // Given a toy corpus where a capitalised word after "minister" is a person and after "in" a place
        List<LabeledSentence> sentences =
        [
            Sentence("the minister Alder spoke in Brevik .", "O O B-PER O O B-LOC O"),
            Sentence("the minister Corra Lind spoke in Stavik .", "O O B-PER I-PER O O B-LOC O"),
            Sentence("a minister Pell arrived in Norvik today .", "O O B-PER O O B-LOC O O"),
            Sentence("the minister Dunmore spoke in Falvik .", "O O B-PER O O B-LOC O"),
        ];
        var trainer = new NerTrainer(EntityLexicon.Default) { Epochs = 8, FineClusters = 0 };

        // When a model is trained, saved and loaded again
        var trained = trainer.Train([sentences], [], null);
        using var stream = new MemoryStream();
        trained.Save(stream);
        stream.Position = 0;
        var model = NerModel.Load(stream, EntityLexicon.Default);

        // Then it tags unseen names in the same contexts
        var (text, tokens) = new LabeledSentence("the minister Osgood spoke in Harvik .".Split(' '), []).ToText();
        var labels = new byte[tokens.Length];
        new NerTagger(model).Tag(text, tokens, labels, new NerHistory());
        Assert.Equal(["O", "O", "B-PER", "O", "O", "B-LOC", "O"], labels.Select(NerLabels.Name));
    }
}
