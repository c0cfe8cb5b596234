using Grader.Checks;
using Grader.Scoring;
using Grader.Screening;
using Grader.Tests.Checks;
using Grader.Tests.Support;

namespace Grader.Tests.Screening;

public sealed class CopyScreenTests
{
    private static string ModelProse()
    {
        var document = BundledScheme.Analyze(File.ReadAllText(RepositoryPaths.Seed));
        return Essays.Join(document.Paragraphs.Select(p => document.Quote(p.Span)));
    }

    private static ScreenRun Run(string essay) => BundledScheme.RunScreen(new CopyScreen(), essay);

    [Fact]
    public void Run_ModelEssayWithEveryFifthWordChanged_FlagsAndSaysHowMuchAndHow()
    {
        var run = Run(CopyTexts.EveryKthWordChanged(ModelProse(), 5));

        var flag = Assert.Single(run.Flags, f => f.Code == FlagCodes.CopiedModelEssay);
        Assert.Equal(FlagKind.Advisory, flag.Kind);
        Assert.Contains("copied from the model essay with words changed or swapped", flag.Message, StringComparison.Ordinal);
        Assert.Contains("For example, the quoted sentence matches the model essay's \"", flag.Message, StringComparison.Ordinal);
        Assert.NotNull(flag.Quote);
        Assert.True(run.Signals[SignalCatalog.IntegrityCopy] >= 0.9);
        Assert.NotEmpty(run.Excluded(ExclusionKind.Copied));
    }

    [Fact]
    public void Run_ModelEssayWithZeroWidthSpacesInEveryWord_FlagsAsWordForWord()
    {
        var hidden = string.Join(" ", ModelProse().Split(' ').Select(w => w.Length > 2 ? w[..1] + "\u200B" + w[1..] : w));

        var run = Run(hidden);

        var flag = Assert.Single(run.Flags, f => f.Code == FlagCodes.CopiedModelEssay);
        Assert.Contains("word for word", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ModelEssayInCapitalsWithParagraphsReordered_Flags()
    {
        var run = Run(Essays.Join(Essays.Paragraphs(ModelProse()).Reverse()).ToUpperInvariant());

        Assert.Contains(run.Flags, f => f.Code == FlagCodes.CopiedModelEssay);
    }

    [Fact]
    public void Run_HonestEssaysAndBundledScripts_NotFlaggedNothingCopied()
    {
        var texts = Essays.Names().Select(Essays.Read).Concat(ScriptsCsv.Read().Select(s => s.Text));

        Assert.All(texts, text =>
        {
            var run = Run(text);
            Assert.DoesNotContain(run.Flags, f => f.Code == FlagCodes.CopiedModelEssay);
            Assert.Equal(0, run.Signals[SignalCatalog.IntegrityCopy]);
            Assert.Empty(run.Board.Excluded);
        });
    }

    [Fact]
    public void Run_TwoSentencesCopiedIntoAnHonestEssay_TheyEarnNothingButTheEssayIsNotFlagged()
    {
        var model = BundledScheme.Analyze(ModelProse());
        var copied = model.Quote(model.Sentences[model.Paragraphs[3].FirstSentence].Span) + " " + model.Quote(model.Sentences[model.Paragraphs[3].FirstSentence + 1].Span);
        var paragraphs = Essays.Paragraphs(Essays.Read("strong-disagree"));
        paragraphs[2] += " " + copied;
        var facts = BundledScheme.Facts(Essays.Join(paragraphs));
        var board = new ScreeningBoard();

        new CopyScreen().Screen(facts, BundledScheme.Value.Resources, board);

        var run = new ScreenRun(facts.Document, board);
        Assert.DoesNotContain(run.Flags, f => f.Code == FlagCodes.CopiedModelEssay);
        var copies = facts.CopiesFrom(BundledScheme.Value.Resources.CopyReference);
        Assert.Equal(2, copies.Sentences.Count);
        Assert.All(copies.Sentences, s => Assert.Equal(2, facts.Document.Sentences[s.Sentence].Paragraph));
        Assert.InRange(run.Signals[SignalCatalog.IntegrityCopy], 0.01, 0.2);
        Assert.Equal(2, run.Excluded(ExclusionKind.Copied).Count);
        Assert.Same(copies, facts.CopiesFrom(BundledScheme.Value.Resources.CopyReference));
    }

    [Fact]
    public void Grade_ModelEssayWithEveryThirdWordChanged_ReviewAndNoHigherThanTheModel()
    {
        var model = BundledScheme.Grader.Grade(ModelProse());

        var result = BundledScheme.Grader.Grade(CopyTexts.EveryKthWordChanged(ModelProse(), 3));

        Assert.Equal(GradeStatus.Review, result.Status);
        Assert.True(result.HasFlag(FlagCodes.CopiedModelEssay));
        Assert.True(result.Total <= model.Total, $"{result.Total} against the model's {model.Total}");
    }

    [Fact]
    public void Grade_CopyOfAnExemplar_FlaggedNamingTheExemplar()
    {
        var bundled = BundledScheme.Value;
        var scheme = MarkSchemeTrainer.Train(bundled.Rubric, bundled.AnswerKey, bundled.ModelEssay, [CopyTexts.Model]);

        var result = new EssayGrader(scheme).Grade(CopyTexts.EveryKthWordChanged(CopyTexts.Model, 4));

        var flag = Assert.Single(result.Flags, f => f.Code == FlagCodes.CopiedModelEssay);
        Assert.Contains("copied from exemplar 1", flag.Message, StringComparison.Ordinal);
    }
}
