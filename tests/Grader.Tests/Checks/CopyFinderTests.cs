using Grader.Checks;
using Grader.Screening;
using Grader.Tests.Support;

namespace Grader.Tests.Checks;

public sealed class CopyFinderTests
{
    private static readonly CopyReference Reference =
        CopyReference.Build(BundledScheme.Value.Analyzer, [("the model essay", CopyTexts.Model)], [CopyTexts.Question]);

    private static CopyFindings Find(string essay) => CopyFinder.Find(BundledScheme.Analyze(essay), Reference);

    /// <summary>The copies in <paramref name="essay"/> of <paramref name="sources"/>, with the Roman Republic question as neutral text.</summary>
    private static CopyFindings FindIn(string essay, params (string Name, string Text)[] sources) =>
        CopyFinder.Find(BundledScheme.Analyze(essay), CopyReference.Build(BundledScheme.Value.Analyzer, sources, [CopyTexts.Question]));

    [Fact]
    public void Find_ExactCopy_EverySentenceCopiedWordForWord()
    {
        var findings = Find(CopyTexts.Model);

        Assert.Equal(1.0, findings.Share, 3);
        Assert.All(findings.Sentences, s => Assert.Equal(1.0, s.Similarity));
        Assert.All(findings.Sentences, s => Assert.Equal("the model essay", s.Source));
        Assert.Equal(findings.Sentences.Count - 1, findings.InOrder);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void Find_EveryKthWordChanged_MostOfTheEssayCopied(int k)
    {
        var findings = Find(CopyTexts.EveryKthWordChanged(CopyTexts.Model, k));

        Assert.True(findings.Share >= 0.8, $"copied share {findings.Share:P0}");
        Assert.True(findings.Share >= CopyScreen.FlagAt);
    }

    [Fact]
    public void Find_SynonymsSwapped_MostOfTheEssayCopied()
    {
        var findings = Find(CopyTexts.SynonymsSwapped(CopyTexts.Model));

        Assert.True(findings.Share >= 0.7, $"copied share {findings.Share:P0}");
        Assert.All(findings.Sentences, s => Assert.True(s.Similarity < 1));
    }

    [Theory]
    [InlineData("upper")]
    [InlineData("lower")]
    [InlineData("hidden characters")]
    [InlineData("reordered")]
    [InlineData("synonyms, reordered, upper case")]
    public void Find_Disguised_StillCopied(string disguise)
    {
        var text = disguise switch
        {
            "upper" => CopyTexts.Model.ToUpperInvariant(),
            "lower" => CopyTexts.Model.ToLowerInvariant(),
            "hidden characters" => CopyTexts.ZeroWidthInWords(CopyTexts.Model),
            "reordered" => CopyTexts.Reordered(CopyTexts.Model),
            _ => CopyTexts.Reordered(CopyTexts.SynonymsSwapped(CopyTexts.Model)).ToUpperInvariant(),
        };

        var findings = Find(text);

        Assert.True(findings.Share >= 0.7, $"copied share {findings.Share:P0}");
    }

    [Fact]
    public void Find_HonestAnswersToTheSameQuestion_NoSentenceCopied()
    {
        foreach (var honest in CopyTexts.Honest)
        {
            var findings = Find(honest);

            Assert.Empty(findings.Sentences);
            Assert.Equal(0, findings.Share);
        }
    }

    [Fact]
    public void Find_TwoCopiedParagraphsInAnHonestEssay_MarksExactlyTheCopiedSentences()
    {
        var honest = CopyTexts.Paragraphs(CopyTexts.Honest[1]);
        var model = CopyTexts.Paragraphs(CopyTexts.SynonymsSwapped(CopyTexts.Model));
        var essay = CopyTexts.Join([honest[0], model[1], honest[2], model[3], honest[4]]);
        var document = BundledScheme.Analyze(essay);

        var findings = CopyFinder.Find(document, Reference);

        var copiedParagraphs = findings.Sentences.Select(s => document.Sentences[s.Sentence].Paragraph).Distinct().ToArray();
        Assert.Equal(new[] { 1, 3 }, copiedParagraphs);
        var copiedSentences = document.Paragraphs[1].SentenceCount + document.Paragraphs[3].SentenceCount;
        Assert.True(findings.Sentences.Count >= copiedSentences - 1, $"{findings.Sentences.Count} of {copiedSentences} copied sentences found");
        Assert.All(findings.Sentences, s => Assert.True(findings.IsCopied(s.Sentence)));
        Assert.InRange(findings.Share, 0.25, 0.6);
    }

    [Fact]
    public void Find_SentencesThatOnlyEchoTheQuestion_AreNotCopies()
    {
        var findings = FindIn(
            "Julius Caesar was responsible for the fall of the Roman Republic to some extent.\n\nOthers matter more.",
            ("the model essay", "Julius Caesar was responsible for the fall of the Roman Republic to a large extent.\n\nHe crossed the Rubicon in 49 BC with his army."));

        Assert.Empty(findings.Sentences);
    }

    [Fact]
    public void Find_QuestionRestatedAsTheModelEssaysRestateIt_NotACopy()
    {
        // Three model answers open by restating the question in the same words, which crowds the question itself out of
        // the closest reference sentences; an answer opening the same way with two words of its own copied nothing.
        var opening = "Julius Caesar was responsible for the fall of the Roman Republic in several ways.";
        var findings = FindIn(
            "Julius Caesar was responsible for the fall of the Roman Republic in several ways.\n\nThe Gracchi had already shown that violence worked.",
            ("the model essay", opening + " He crossed the Rubicon in 49 BC with his army."),
            ("exemplar 1", opening + " His dictatorship ended the rule of the Senate."),
            ("exemplar 2", opening + " The civil war he began destroyed the old order."));

        Assert.Empty(findings.Sentences);
    }

    [Fact]
    public void Find_SentenceRestatingTheQuestionWithTheModelEssaysOwnContent_Copied()
    {
        const string sentence = "Julius Caesar was responsible for the fall of the Roman Republic because he crossed the Rubicon with the Thirteenth Legion and marched on Rome.";

        var findings = FindIn(sentence, ("the model essay", sentence));

        Assert.Single(findings.Sentences);
    }

    [Fact]
    public void Find_EmptyReference_NothingCopied()
    {
        var findings = CopyFinder.Find(BundledScheme.Analyze(CopyTexts.Model), CopyReference.Empty);

        Assert.Same(CopyFindings.None, findings);
    }

    [Fact]
    public void Find_TextsFromTheBundledQuestion_AreNotCopiesOfAnotherQuestionsModel()
    {
        Assert.All(Essays.Names(), name => Assert.Empty(Find(Essays.Read(name)).Sentences));
    }

    [Fact]
    public void Find_SentenceTwoReferenceTextsShare_NotCopiedButTheModelEssaysOwnSentenceIs()
    {
        // Written for this test: the model essay and an exemplar quote the same line of a source text; the essay quotes
        // it too (honest: any answer may), and copies one sentence that only the model essay has.
        const string model = "The poet writes that the river carried the broken bridge down to the silent sea. I think this shows how the flood destroyed the whole town in a single night while its people slept.";
        const string exemplar = "In the poem the river carried the broken bridge down to the silent sea. The image makes the reader feel that nothing in the valley could last.";
        var reference = CopyReference.Build(BundledScheme.Value.Analyzer, [("the model essay", model), ("exemplar 1", exemplar)], []);

        var quoting = CopyFinder.Find(BundledScheme.Analyze("As the poem says, the river carried the broken bridge down to the silent sea. My view is that the loss was sudden."), reference);
        var copying = CopyFinder.Find(BundledScheme.Analyze("My view is that the loss was sudden. I think this shows how the flood destroyed the whole town in a single night while its people slept."), reference);

        Assert.Empty(quoting.Sentences);
        Assert.Single(copying.Sentences);
        Assert.Equal("the model essay", copying.Sentences[0].Source);
    }
}
