using Grader.Checks;
using Grader.Tests.Support;

namespace Grader.Tests.Checks;

public sealed class BalanceCheckTests
{
    private const string Intro = "This essay argues that Soviet help was crucial to the new People's Republic until 1953.";
    private const string ForSoviet = "Soviet loans and experts built China's first factories in the early 1950s. Therefore Soviet aid was vital.";
    private const string Conclusion = "In conclusion, the Soviet Union was crucial, because its aid shaped the new state.";

    private static SignalBoard Run(params string[] paragraphs) => BundledScheme.RunCheck(new BalanceCheck(), Essays.Join(paragraphs));

    [Fact]
    public void Run_CounterArgumentParagraphWeighingOtherFactors_Balanced()
    {
        var counter = "Nevertheless, land reform under the Agrarian Reform Law of 1950 was carried out by the party's own cadres, "
            + "and it won peasant support because it gave land to millions of families. Mao's leadership and the mass campaigns mattered more than Moscow at home.";

        var board = Run(Intro, ForSoviet, counter, Conclusion);

        Assert.True(board.Get(SignalCatalog.BalanceCounter) >= 0.7);
        Assert.True(board.Get(SignalCatalog.BalanceFactors) >= 0.6);
        Assert.Contains(board.ReasonsFor(SignalCatalog.BalanceCounter), r => r.Quotes.Single().Text.StartsWith("Nevertheless", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_OneSidedEssay_NoCounterArgument()
    {
        var board = Run(Intro, ForSoviet, "Soviet engineers also planned new railways in 1954. This shows how vital Moscow was.", Conclusion);

        Assert.Equal(0, board.Get(SignalCatalog.BalanceCounter));
        Assert.True(board.Get(SignalCatalog.BalanceFactors) < 0.4);
    }

    [Fact]
    public void Run_Concessions_Counted()
    {
        var board = Run(Intro, "Although Soviet aid was small, it was decisive for heavy industry. Admittedly, China paid for much of it.", Conclusion);

        Assert.True(board.Get(SignalCatalog.BalanceConcession) >= 0.6);
    }
}
