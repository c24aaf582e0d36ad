using Triangulate.Core.Entities;
using Triangulate.Core.Entities.Recognition;

namespace Triangulate.Core.Tests.Entities;

public sealed class NerTrainerTests
{
    private static LabeledSentence Sentence(string words, string labels) =>
        new(words.Split(' '), [.. labels.Split(' ').Select(l => (byte)Enumerable.Range(0, NerLabels.Count).First(i => NerLabels.Name((byte)i) == l))]);

    [Theory]
    [InlineData(NerUpdate.Full)]
    [InlineData(NerUpdate.Early)]
    [InlineData(NerUpdate.MaxViolation)]
    public void Trained_model_tags_new_names_in_a_learnt_context_and_survives_saving(NerUpdate update)
    {
        // Given a toy corpus where a capitalised word after "minister" is a person and after "in" a place
        List<LabeledSentence> sentences =
        [
            Sentence("the minister Alder spoke in Brevik .", "O O B-PER O O B-LOC O"),
            Sentence("the minister Corra Lind spoke in Stavik .", "O O B-PER I-PER O O B-LOC O"),
            Sentence("a minister Pell arrived in Norvik today .", "O O B-PER O O B-LOC O O"),
            Sentence("the minister Dunmore spoke in Falvik .", "O O B-PER O O B-LOC O"),
        ];
        var trainer = new NerTrainer(EntityLexicon.Default) { Epochs = 8, FineClusters = 0, UpdateMode = update };

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

    [Fact]
    public void Beam_width_is_stored_in_the_model_and_tagging_keeps_to_BIO()
    {
        // Given a model trained with a beam of 4 on a toy corpus
        List<LabeledSentence> sentences =
        [
            Sentence("the minister Alder spoke in Brevik .", "O O B-PER O O B-LOC O"),
            Sentence("the minister Corra Lind spoke in Stavik .", "O O B-PER I-PER O O B-LOC O"),
        ];
        var trained = new NerTrainer(EntityLexicon.Default) { Epochs = 4, FineClusters = 0, BeamWidth = 4 }.Train([sentences], [], null);

        // When it is saved, loaded and used on unrelated text
        using var stream = new MemoryStream();
        trained.Save(stream);
        stream.Position = 0;
        var model = NerModel.Load(stream, EntityLexicon.Default);
        var (text, tokens) = new LabeledSentence("Lind Stavik spoke Corra in the Brevik Alder minister".Split(' '), []).ToText();
        var labels = new byte[tokens.Length];
        new NerTagger(model).Tag(text, tokens, labels, new NerHistory());

        // Then the width survives and every I- label follows a B- or I- label of its type
        Assert.Equal(4, model.BeamWidth);
        for (var i = 0; i < labels.Length; i++)
        {
            Assert.True(NerLabels.Allowed(i == 0 ? NerLabels.Outside : labels[i - 1], labels[i]), $"label {i} breaks BIO");
        }
    }
}
