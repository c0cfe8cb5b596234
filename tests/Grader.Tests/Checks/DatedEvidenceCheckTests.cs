using Grader.Checks;
using Grader.Scoring;
using Grader.Tests.Support;
using Grader.Text;

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

    [Theory]
    [InlineData("Moscow offered Beijing security in 1950 and the expertise behind the First Five-Year Plan.")]
    [InlineData("Soviet credit arrived in 1950 and the blueprints for the First Five-Year Plan followed later.")]
    [InlineData("Mao valued the protection won in 1950 but the First Five-Year Plan mattered more to him.")]
    [InlineData("Chinese troops entered Korea in 1950 while the First Five-Year Plan was still on paper.")]
    [InlineData("Soviet credit came in 1950 which later paid for part of the First Five-Year Plan.")]
    [InlineData("Mao came home from Moscow in 1950; the First Five-Year Plan came later.")]
    [InlineData("In 1950 (long before the First Five-Year Plan) Mao needed money above all.")]
    public void Run_YearBelongingToAnotherClause_NotAFactualError(string sentence)
    {
        var board = Run(sentence);

        Assert.DoesNotContain(board.Flags, f => f.Code == FlagCodes.FactualError);
        Assert.Equal(1, board.Get(SignalCatalog.EvidenceAccuracy));
    }

    [Theory]
    [InlineData("The First Five-Year Plan was launched in 1950 with Soviet help.", "1953")]
    [InlineData("Stalin died in 1955, and Khrushchev slowly took his place.", "1953")]
    [InlineData("Khrushchev visited Beijing in 1957 and promised more aid.", "1954")]
    [InlineData("Soviet credit mattered, and the Secret Speech of 1953 shocked Mao.", "1956")]
    public void Run_WrongYearInTheEventsOwnClause_StillAFactualError(string sentence, string correctYear)
    {
        var board = Run(sentence);

        var flag = Assert.Single(board.Flags, f => f.Code == FlagCodes.FactualError);
        Assert.Contains(correctYear, flag.Message, StringComparison.Ordinal);
        Assert.Equal(0.75, board.Get(SignalCatalog.EvidenceAccuracy));
    }

    [Theory]
    [InlineData("The Sino-Soviet treaty which Mao signed in 1952 protected China.", "1950")]
    [InlineData("The Secret Speech, delivered in 1953, shocked Mao.", "1956")]
    [InlineData("Khrushchev's visit to Beijing, in 1957, brought more aid.", "1954")]
    public void Run_WrongYearInAClauseAboutTheEvent_StillAFactualError(string sentence, string correctYear)
    {
        var board = Run(sentence);

        var flag = Assert.Single(board.Flags, f => f.Code == FlagCodes.FactualError);
        Assert.Contains(correctYear, flag.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Run_SeveralWrongDates_ManyFactualErrorsFromThree(int errors, bool flagged)
    {
        string[] wrong = ["Stalin died in 1951.", "Khrushchev's Secret Speech was given in 1953.", "The Korean armistice came in 1955.", "Khrushchev visited Beijing in 1957."];

        var board = Run(string.Join(" ", wrong.Take(errors)));

        Assert.Equal(errors, board.Flags.Count(f => f.Code == FlagCodes.FactualError));
        Assert.Equal(flagged, board.Flags.Any(f => f.Code == FlagCodes.ManyFactualErrors && f.Kind == FlagKind.Advisory));
        Assert.Equal(Math.Max(0, 1 - (0.25 * errors)), board.Get(SignalCatalog.EvidenceAccuracy), 6);
    }

    [Fact]
    public void Run_ConflictingYear_NotCountedAsASpecificItem()
    {
        const string sentence = "Mao spent the winter in Moscow, and the Treaty of Friendship was signed there in {0} after long talks about railways and ports.";

        var right = SpecificItems(Run(string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, 1950)));
        var wrong = SpecificItems(Run(string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, 1952)));

        Assert.Equal(right - 1, wrong);
    }

    [Theory]
    [InlineData("security in 1950 and the expertise behind the Plan", "Plan", "1950", true)]
    [InlineData("in 1950 but they signed the treaty", "treaty", "1950", true)]
    [InlineData("in 1950 while the Plan waited", "Plan", "1950", true)]
    [InlineData("in 1950 which helped the Plan", "Plan", "1950", true)]
    [InlineData("the treaty; in 1950 the loan", "treaty", "1950", true)]
    [InlineData("the treaty, and in 1950 the loan", "treaty", "1950", true)]
    [InlineData("the treaty of 1950", "treaty", "1950", false)]
    [InlineData("signed the treaty in 1950", "treaty", "1950", false)]
    [InlineData("Stalin and Mao met in 1950", "Stalin", "1950", false)]
    [InlineData("in 1950 and 1951 the treaty held", "treaty", "1950", false)]
    [InlineData("the treaty which Mao signed in 1950", "treaty", "1950", false)]
    [InlineData("The Secret Speech, delivered in 1956, shocked Mao", "Secret Speech", "1956", false)]
    [InlineData("the visit to Beijing, in 1954, brought more aid", "visit to Beijing", "1954", false)]
    public void CrossesClause_NameAndYear_TrueOnlyAcrossAClauseBoundary(string text, string name, string year, bool crosses)
    {
        var nameSpan = new TextSpan(text.IndexOf(name, StringComparison.Ordinal), name.Length);
        var yearSpan = new TextSpan(text.IndexOf(year, StringComparison.Ordinal), year.Length);

        Assert.Equal(crosses, DatedEvidenceCheck.CrossesClause(text, nameSpan, yearSpan));
    }

    /// <summary>The number of specific items the density reason counts ("N specific items …").</summary>
    private static int SpecificItems(SignalBoard board)
    {
        var message = board.ReasonsFor(SignalCatalog.EvidenceDensity)[0].Message;
        return int.Parse(message[..message.IndexOf(' ', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }
}
