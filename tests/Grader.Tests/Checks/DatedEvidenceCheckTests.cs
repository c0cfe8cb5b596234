using Grader.Checks;
using Grader.Scoring;
using Grader.Tests.Support;

namespace Grader.Tests.Checks;

public sealed class DatedEvidenceCheckTests
{
    private static SignalBoard Run(string essay) => BundledScheme.RunCheck(new DatedEvidenceCheck(), essay);

    [Fact]
    public void Run_PreciseDatedParagraph_DenseAndDated()
    {
        var board = Run("On 14 February 1950 Mao and Stalin signed the Treaty of Friendship, Alliance and Mutual Assistance in Moscow. "
            + "It brought a loan of $300 million over five years. Stalin died on 5 March 1953, and Khrushchev visited Beijing in October 1954. "
            + "The Secret Speech of February 1956 shook Mao. Some 156 projects were built with Soviet aid.");

        Assert.True(board.Get(SignalCatalog.EvidenceDensity) >= 0.99);
        Assert.True(board.Get(SignalCatalog.EvidenceDated) >= 0.6);
        Assert.Equal(1, board.Get(SignalCatalog.EvidenceAccuracy));
        Assert.DoesNotContain(board.Flags, f => f.Code == FlagCodes.FactualError);
    }

    [Fact]
    public void Run_VagueParagraph_SparseAndUndated()
    {
        var board = Run("The Russians helped China quite a lot in those years. They sent money and advisers, and the Chinese learned from them. "
            + "Later on the two countries argued about ideas and the friendship went sour. Many people think this was a shame, "
            + "because the help had been useful and the two sides had a lot in common. In the end they went their own ways.");

        Assert.True(board.Get(SignalCatalog.EvidenceDensity) < 0.6);
        Assert.True(board.Get(SignalCatalog.EvidenceDated) < 0.2);
        Assert.Equal(0, board.Get(SignalCatalog.EvidencePeriod));
    }

    [Theory]
    [InlineData("Khrushchev delivered the Secret Speech in 1955, which stunned Mao.", "Secret Speech")]
    [InlineData("The Korean armistice was signed in 1955 after long talks.", "armistice")]
    public void Run_EventGivenTheWrongYear_FlagsFactualErrorQuotingTheSentence(string sentence, string eventName)
    {
        var board = Run(sentence);

        var flag = Assert.Single(board.Flags, f => f.Code == FlagCodes.FactualError);
        Assert.Equal(sentence, flag.Quote!.Text);
        Assert.Contains(eventName, flag.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(board.Get(SignalCatalog.EvidenceAccuracy) < 1);
    }

    [Theory]
    [InlineData("When fighting in Korea stopped, an amnesty was agreed in July 1953.")]
    [InlineData("Moscow lent Beijing $300 million, but at a crippling rate of interest.")]
    [InlineData("China's First Five-Year Plan only got going once Stalin had died in 1953.")]
    public void Run_KnownMisconceptionInNewWords_FlagsItWithTheCorrection(string sentence)
    {
        var board = Run(sentence);

        var flag = Assert.Single(board.Flags, f => f.Code == FlagCodes.FactualError);
        Assert.StartsWith("Known misconception", flag.Message, StringComparison.Ordinal);
        Assert.Equal(sentence, flag.Quote!.Text);
    }

    [Theory]
    [InlineData("The Korean War ended with an armistice signed at Panmunjom on 27 July 1953.")]
    [InlineData("The 1950 loan of $300 million carried interest of only 1 per cent a year.")]
    [InlineData("The First Five-Year Plan began in January 1953, two months before Stalin's death.")]
    [InlineData("Between 1949 and Stalin's death in March 1953, Soviet recognition and the 1950 alliance protected the new state.")]
    public void Run_CorrectSentence_NoFactualError(string sentence)
    {
        var board = Run(sentence);

        Assert.DoesNotContain(board.Flags, f => f.Code == FlagCodes.FactualError);
    }

    [Fact]
    public void Run_MostlyOutsideThePeriod_CostsPeriodAndFlagsIt()
    {
        var board = Run("In 1917 the Bolsheviks seized power. In 1921 the CCP was founded in Shanghai, and in 1927 Chiang turned on the communists. "
            + "The Long March of 1934 followed, and in 1937 Japan invaded. In 1953 the First Five-Year Plan began.");

        Assert.True(board.Get(SignalCatalog.EvidencePeriod) < 0.5);
        Assert.Contains(board.Flags, f => f.Code == FlagCodes.OutOfPeriod);
    }
}
