using Triangulate.Core.Coreference.Training;

namespace Triangulate.Core.Tests.Coreference;

public sealed class GumCorefReaderTests
{
    private const string Conllu =
        "# sent_id = d-1\n" +
        "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1(2\n" +
        "2\tfirm\tfirm\tNOUN\tNN\t_\t4\tnsubj\t_\tEntity=2)\n" +
        "3\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_\n" +
        "4\tunits\tunit\tNOUN\tNNS\t_\t0\troot\t_\tEntity=1)|SpaceAfter=No\n" +
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n" +
        "\n" +
        "# sent_id = d-2\n" +
        "1-2\twe've\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "1\twe\twe\tPRON\tPRP\t_\t3\tnsubj\t_\tEntity=(3)\n" +
        "2\t've\thave\tAUX\tVBP\t_\t3\taux\t_\t_\n" +
        "3\tit\tit\tPRON\tPRP\t_\t0\troot\t_\tEntity=(2)\n" +
        "\n";

    [Fact]
    public void Reads_nested_brackets_and_the_words_of_a_multiword_token()
    {
        // Given two sentences: nested mentions "(1(2", "2)", "1)"; a multi-word token "we've" whose first word is a mention
        // When read
        var document = GumCorefReader.Read(new StringReader(Conllu), "d.conllu");

        // Then the text keeps the spacing, each mention has its characters, and "we" is its own part of "we've"
        Assert.Equal("The firm and units.\n\nwe've it\n\n", document.Text);
        var spans = document.Mentions.Select(m => (document.Text[m.Start..m.End], m.Entity)).ToList();
        Assert.Contains(("The firm", "2"), spans);
        Assert.Contains(("The firm and units", "1"), spans);
        Assert.Contains(("we", "3"), spans);
        Assert.Contains(("it", "2"), spans);
        Assert.Equal(4, spans.Count);
    }

    [Fact]
    public void A_mention_closed_but_never_opened_names_the_line()
    {
        // Given a closing bracket with no opening one
        const string bad = "1\tit\tit\tPRON\tPRP\t_\t0\troot\t_\tEntity=7)\n\n";

        // When read, then the error names the file and line
        var error = Assert.Throws<InvalidDataException>(() => GumCorefReader.Read(new StringReader(bad), "bad.conllu"));
        Assert.Contains("bad.conllu:1", error.Message, StringComparison.Ordinal);
    }
}
