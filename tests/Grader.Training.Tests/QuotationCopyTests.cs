using Grader.Scoring;
using Grader.Tests.Support;

namespace Grader.Training.Tests;

/// <summary>The copy screen of a trained scheme: what the model essay quotes from a source is the source's, not the model essay's.</summary>
public sealed class QuotationCopyTests
{
    private const string Quotation = "Collectivisation was a war on the peasantry that the state waged for grain and for control";

    private const string OwnSentence = "The evidence of the grain quotas supports this view, because the quotas were raised while the harvest fell.";

    private static readonly string ModelEssay =
        $"Historians disagree about the famine of 1932. As one of them put it, \"{Quotation}.\" {OwnSentence}\n\nThe Soviet state therefore chose control over the lives of millions, and that choice explains the scale of the famine.";

    [Fact]
    public void Grade_EssayQuotingWhatTheModelEssayQuotes_NothingExcludedAsCopied()
    {
        var grader = new EssayGrader(MarkSchemeTrainer.Train(BundledScheme.Value.Rubric, BundledScheme.Value.AnswerKey, ModelEssay));
        var quoting = $"Stalin's policy in the countryside was brutal. A historian wrote that \"{Quotation}.\" I agree, because the peasants lost their land, their animals and often their lives while the state exported grain abroad.";
        var copying = $"Stalin's policy in the countryside was brutal. {OwnSentence} I agree, because the peasants lost their land, their animals and often their lives while the state exported grain abroad.";

        var quoted = grader.Grade(quoting);
        var copied = grader.Grade(copying);

        Assert.DoesNotContain(quoted.Unmarked, u => u.Code == FlagCodes.CopiedModelEssay);
        Assert.Contains(copied.Unmarked, u => u.Code == FlagCodes.CopiedModelEssay);
    }
}
