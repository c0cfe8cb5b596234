using Grader.Text;

namespace Grader.Tests.Text;

public sealed class PhraseSetTests
{
    private static readonly string[] Phrases = ["five-year plan", "Stalin's death", "Stalin", "Soviet Union"];

    private static (PhraseSet Set, Token[] Tokens) Compile(string text)
    {
        var lexicon = Lexicon.Build(Phrases.Append(text));
        var set = PhraseSet.Compile(lexicon, Phrases.Select((p, i) => (p, i)));
        return (set, EssayTokenizer.Tokenize(text, lexicon));
    }

    [Theory]
    [InlineData("The First Five Year Plan began.", 0)]
    [InlineData("the five‑year PLAN", 0)]
    [InlineData("After Stalin’s death, things changed.", 1)]
    [InlineData("the soviet union", 3)]
    public void FindAll_CaseAndPunctuationVariants_Match(string text, int expected)
    {
        var (set, tokens) = Compile(text);
        var matches = new List<PhraseMatch>();

        set.FindAll(tokens, 0, tokens.Length, matches);

        Assert.Equal(expected, Assert.Single(matches).Value);
    }

    [Fact]
    public void FindAll_OverlappingPhrases_LongestWinsAndSpanCoversIt()
    {
        var text = "Stalin's death shook Moscow.";
        var (set, tokens) = Compile(text);
        var matches = new List<PhraseMatch>();

        set.FindAll(tokens, 0, tokens.Length, matches);

        var match = Assert.Single(matches);
        Assert.Equal(1, match.Value);
        Assert.Equal("Stalin's death", text[match.Span.Start..match.Span.End]);
    }

    [Fact]
    public void FindAll_WordsOutsideTheRange_NotMatched()
    {
        var (set, tokens) = Compile("Stalin died. Then");

        var outside = new List<PhraseMatch>();
        var whole = new List<PhraseMatch>();

        set.FindAll(tokens, 2, tokens.Length, outside);
        set.FindAll(tokens, 0, tokens.Length, whole);

        Assert.Empty(outside);
        Assert.NotEmpty(whole);
    }

    [Fact]
    public void Compile_PhraseWithWordNotInLexicon_Throws()
    {
        var lexicon = Lexicon.Build(["known"]);

        Assert.Throws<ArgumentException>(() => PhraseSet.Compile(lexicon, [("unknown words", 0)]));
    }
}
