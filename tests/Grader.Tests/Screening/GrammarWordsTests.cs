using Grader.Screening;

namespace Grader.Tests.Screening;

public sealed class GrammarWordsTests
{
    [Theory]
    [InlineData(GrammarWords.Determiner, GrammarWords.Preposition, true)] // "the of"
    [InlineData(GrammarWords.Determiner, GrammarWords.Auxiliary, true)] // "the was"
    [InlineData(GrammarWords.Determiner, GrammarWords.Determiner, true)] // "the a"
    [InlineData(GrammarWords.Preposition, GrammarWords.Auxiliary, true)] // "of was"
    [InlineData(GrammarWords.Preposition, GrammarWords.Pronoun, true)] // "in they"
    [InlineData(GrammarWords.Coordinator, GrammarWords.Coordinator, true)] // "and or"
    [InlineData(GrammarWords.Preposition, GrammarWords.Determiner, false)] // "of the"
    [InlineData(GrammarWords.Pronoun, GrammarWords.Auxiliary, false)] // "they were"
    [InlineData(GrammarWords.Auxiliary, GrammarWords.Preposition, false)] // "was in"
    [InlineData(GrammarWords.Coordinator, GrammarWords.Determiner, false)] // "and the"
    [InlineData(GrammarWords.Subordinator, GrammarWords.Pronoun, false)] // "because they"
    [InlineData(GrammarWords.None, GrammarWords.None, false)]
    public void IsImpossible_PairOfClasses_OnlyPairsProseNeverShows(byte first, byte second, bool impossible)
    {
        Assert.Equal(impossible, GrammarWords.IsImpossible(first, second));
    }

    [Theory]
    [InlineData(GrammarWords.Determiner, true)] // "… the."
    [InlineData(GrammarWords.Coordinator, true)] // "… and."
    [InlineData(GrammarWords.Subordinator, true)] // "… because."
    [InlineData(GrammarWords.Preposition, false)] // "… what it was for."
    [InlineData(GrammarWords.Auxiliary, false)] // "… as Mao had."
    [InlineData(GrammarWords.Pronoun, false)]
    public void IsImpossible_ClassEndingASentence_OnlyWordsThatNeedSomethingAfterThem(byte last, bool impossible)
    {
        Assert.Equal(impossible, GrammarWords.IsImpossible(last, null));
    }

    [Fact]
    public void All_EveryWord_LowerCaseAndInOneClass()
    {
        var all = GrammarWords.All().ToArray();

        Assert.All(all, pair => Assert.Equal(pair.Word.ToLowerInvariant(), pair.Word));
        Assert.Equal(all.Length, all.Select(p => p.Word).Distinct().Count());
    }
}
