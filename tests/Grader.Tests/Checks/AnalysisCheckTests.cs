using Grader.Checks;
using Grader.Tests.Support;

namespace Grader.Tests.Checks;

public sealed class AnalysisCheckTests
{
    private static SignalBoard Run(string essay) => BundledScheme.RunCheck(new AnalysisCheck(), essay);

    [Fact]
    public void Run_ExplainingParagraphs_HighShare()
    {
        var board = Run("Soviet loans mattered because China had no other source of capital. As a result, heavy industry grew fast. "
            + "This suggests that Moscow's help was decisive.\n\nHowever, the aid came at a price, since China had to repay it. "
            + "Consequently, the alliance was less generous than it looked.");

        Assert.True(board.Get(SignalCatalog.AnalysisExplanation) >= 0.99);
        Assert.True(board.Get(SignalCatalog.AnalysisParagraphs) >= 0.99);
    }

    [Fact]
    public void Run_DatedRetelling_LowShareQuotingNarrativeSentences()
    {
        var board = Run("In October 1949 Mao proclaimed the new state in Beijing. In December 1949 he travelled to Moscow. "
            + "In February 1950 a treaty was signed.\n\nIn June 1950 war broke out in Korea. In October 1950 Chinese troops crossed the Yalu. "
            + "In July 1953 an armistice was signed.");

        Assert.True(board.Get(SignalCatalog.AnalysisExplanation) < 0.35);
        Assert.Contains(board.ReasonsFor(SignalCatalog.AnalysisExplanation), r => r.Quotes.Any(q => q.Text.StartsWith("In October 1949", StringComparison.Ordinal)));
    }
}
