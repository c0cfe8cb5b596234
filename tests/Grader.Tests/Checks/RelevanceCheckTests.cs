using Grader.Checks;
using Grader.Tests.Support;

namespace Grader.Tests.Checks;

public sealed class RelevanceCheckTests
{
    private static SignalBoard Run(params string[] paragraphs) => BundledScheme.RunCheck(new RelevanceCheck(), Essays.Join(paragraphs));

    [Fact]
    public void Run_ParagraphsAboutTheSubjectAndConcept_Relevant()
    {
        var board = Run(
            "This essay argues that the Soviet Union was crucial to the early People's Republic.",
            "Soviet loans of 1950 were vital to industry.",
            "Stalin's experts were essential to the First Five-Year Plan of 1953.",
            "In conclusion, Moscow's role was crucial.");

        Assert.Equal(1, board.Get(SignalCatalog.RelevanceSubject));
        Assert.True(board.Get(SignalCatalog.RelevanceConcept) >= 0.75);
        Assert.Equal(1, board.Get(SignalCatalog.RelevancePeriod));
    }

    [Fact]
    public void Run_ParagraphsThatDrift_CostNamesTheParagraph()
    {
        var board = Run(
            "This essay argues that the Soviet Union was crucial to the early People's Republic.",
            "The Qing dynasty fell in 1911 and warlords ruled until 1928, while the Nationalists governed from Nanjing in 1930.",
            "Soviet experts were vital in 1953.",
            "In conclusion, Moscow was crucial.");

        Assert.True(board.Get(SignalCatalog.RelevanceSubject) < 1);
        Assert.True(board.Get(SignalCatalog.RelevancePeriod) < 1);
        Assert.Contains(board.ReasonsFor(SignalCatalog.RelevanceSubject), r => r.Message.Contains("Paragraph 2", StringComparison.Ordinal));
    }
}
