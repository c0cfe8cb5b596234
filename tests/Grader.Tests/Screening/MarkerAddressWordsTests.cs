using Grader.Screening;

namespace Grader.Tests.Screening;

public sealed class MarkerAddressWordsTests
{
    [Theory]
    [InlineData("grade", MarkerAddressWords.Marking | MarkerAddressWords.Instruction)]
    [InlineData("ai", MarkerAddressWords.Ambiguous | MarkerAddressWords.Role)]
    [InlineData("to the marker", MarkerAddressWords.Role | MarkerAddressWords.Direct)]
    [InlineData("assistant", MarkerAddressWords.Ambiguous | MarkerAddressWords.Role)]
    [InlineData("deserves", MarkerAddressWords.Claim)]
    [InlineData("please", MarkerAddressWords.Softener)]
    [InlineData("full marks", MarkerAddressWords.Direct)]
    public void All_PhraseInSeveralLists_CarriesEveryKind(string phrase, int kinds)
    {
        var all = MarkerAddressWords.All().ToDictionary(p => p.Phrase, p => p.Kinds, StringComparer.Ordinal);

        Assert.Equal(kinds, all[phrase]);
    }

    [Fact]
    public void All_EachPhraseOnce_AndEveryPhraseOfTheLists()
    {
        var all = MarkerAddressWords.All().Select(p => p.Phrase).ToArray();

        Assert.Equal(all.Length, all.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(MarkerAddressWords.Words().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal), all.Order(StringComparer.Ordinal));
    }
}
