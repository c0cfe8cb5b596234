using Grader.Scoring;
using Grader.Tests.Support;

namespace Grader.Tests.Scoring;

/// <summary>Essays the engine should not mark alone come back for review with the right flag.</summary>
public sealed partial class EssayGraderTests
{
    [Theory]
    [InlineData("keyword-list", FlagCodes.KeywordList)]
    [InlineData("off-topic", FlagCodes.OffTopic)]
    [InlineData("off-topic-science", FlagCodes.OffTopic)]
    [InlineData("french", FlagCodes.NotEnglish)]
    [InlineData("spanish", FlagCodes.NotEnglish)]
    [InlineData("german", FlagCodes.NotEnglish)]
    [InlineData("chinese", FlagCodes.NotEnglish)]
    [InlineData("short", FlagCodes.TooShort)]
    public void Grade_EssayTheEngineShouldNotMarkAlone_ReviewWithTheRightFlag(string name, string flag)
    {
        var result = Grade(Essays.Read(name));

        Assert.Equal(GradeStatus.Review, result.Status);
        Assert.True(result.HasFlag(flag), $"flags: {string.Join(", ", result.Flags.Select(f => f.Code))}");
    }

    [Theory]
    [InlineData("keyword-list")]
    [InlineData("off-topic")]
    [InlineData("off-topic-science")]
    [InlineData("french")]
    [InlineData("chinese")]
    public void Grade_EssayNotAnsweringInEnglishProse_ScoresLow(string name)
    {
        var result = Grade(Essays.Read(name));

        Assert.True(result.Total <= 8, $"total {result.Total}/{result.Max}");
    }

    [Theory]
    [InlineData("strong-agree")]
    [InlineData("strong-disagree")]
    [InlineData("balanced-mid")]
    [InlineData("with-plan")]
    [InlineData("narrative")]
    public void Grade_OrdinaryAnswer_IsNotSentToReview(string name)
    {
        var result = Grade(Essays.Read(name));

        Assert.Equal(GradeStatus.Ok, result.Status);
        Assert.DoesNotContain(result.Flags, f => f.Kind == FlagKind.Advisory);
    }

    [Fact]
    public void Grade_CopyOfTheModelEssayProse_ReviewAsCopied()
    {
        var document = BundledScheme.Analyze(File.ReadAllText(RepositoryPaths.Seed));
        var prose = Essays.Join(document.Paragraphs.Select(p => document.Quote(p.Span)));

        var result = Grade(prose);

        Assert.Equal(GradeStatus.Review, result.Status);
        Assert.True(result.HasFlag(FlagCodes.CopiedModelEssay));
    }

    [Fact]
    public void Grade_ModelEssayWithSomeWordsChanged_StillReviewAsCopied()
    {
        var document = BundledScheme.Analyze(File.ReadAllText(RepositoryPaths.Seed));
        var prose = Essays.Join(document.Paragraphs.Select(p => document.Quote(p.Span)))
            .Replace("crucial", "vital", StringComparison.Ordinal)
            .Replace("Moreover", "Furthermore", StringComparison.Ordinal)
            .Replace("As such", "Thus", StringComparison.Ordinal);

        Assert.True(Grade(prose).HasFlag(FlagCodes.CopiedModelEssay));
    }

    [Fact]
    public void Grade_RepeatedParagraphs_ReviewForRepetition()
    {
        var paragraphs = Essays.Paragraphs(Essays.Read("balanced-mid"));
        var padded = Essays.Join(paragraphs.Concat(paragraphs.Skip(1).Take(2)));

        var result = Grade(padded);

        Assert.Equal(GradeStatus.Review, result.Status);
        Assert.True(result.HasFlag(FlagCodes.Repetition));
    }

    [Fact]
    public void Grade_OneSentenceRepeatedThroughout_ReviewForRepetition()
    {
        var sentence = "The Soviet Union was crucial to China because it gave the new state money, experts and protection. ";
        var essay = string.Concat(Enumerable.Repeat(sentence, 12));

        Assert.True(Grade(essay).HasFlag(FlagCodes.Repetition));
    }

    [Fact]
    public void Grade_EmptyEssay_IsAnErrorNotAnException()
    {
        var result = Grade("   \n\n  ");

        Assert.Equal(GradeStatus.Error, result.Status);
        Assert.Equal(0, result.Total);
        Assert.Contains("empty", result.Error, StringComparison.OrdinalIgnoreCase);
    }
}
