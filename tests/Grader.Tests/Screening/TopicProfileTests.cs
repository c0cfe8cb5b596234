using Grader.Rubrics;
using Grader.Screening;
using Grader.Tests.Support;

namespace Grader.Tests.Screening;

public sealed class TopicProfileTests
{
    private static TopicProfile Topic => BundledScheme.Value.Resources.Topic;

    private static TopicWords WordsOf(Grader.Text.EssayDocument document) => Topic.WordsOf(document, BundledScheme.Value.Resources.Vocabulary.IsFrameWord);

    private static (double Share, double Weight) Topicality(string paragraph)
    {
        var document = BundledScheme.Analyze(paragraph);
        var share = TopicProfile.Topicality(document, WordsOf(document), document.Paragraphs[0], out var weight);
        return (share, weight);
    }

    [Fact]
    public void IsEmpty_BundledQuestionWithItsModelEssayAndAnswerKey_False()
    {
        Assert.False(Topic.IsEmpty);
    }

    [Fact]
    public void IsEmpty_QuestionAndAFewTermsOnly_True()
    {
        var rubric = BundledScheme.Value.Rubric;

        Assert.True(TopicProfile.Build(rubric with { TopicTerms = [] }, AnswerKey.Empty, null, []).IsEmpty);
    }

    [Theory]
    [InlineData(ScreeningTexts.Diplomacy)]
    [InlineData(ScreeningTexts.Korea)]
    [InlineData(ScreeningTexts.OtherFactors)]
    [InlineData(ScreeningTexts.CivilWarContext)]
    public void Topicality_ParagraphOnTheQuestion_MostOfItsWeightOnTheTopic(string paragraph)
    {
        var (share, weight) = Topicality(paragraph);

        Assert.True(share >= TopicalityScreen.MostlyOffTopicBelow, $"share {share:0.00}");
        Assert.True(weight > 0);
    }

    [Theory]
    [InlineData(ScreeningTexts.Volcanoes)]
    [InlineData(ScreeningTexts.MoreVolcanoes)]
    public void Topicality_ParagraphOnAnotherSubject_LittleOfItsWeightOnTheTopic(string paragraph)
    {
        var (share, weight) = Topicality(paragraph);

        Assert.True(share < TopicalityScreen.OffTopicBelow, $"share {share:0.00}");
        Assert.True(weight >= 25, $"weight {weight:0.0}");
    }

    [Fact]
    public void Topicality_ParagraphWithNothingSpecific_OneWithNoWeight()
    {
        var (share, weight) = Topicality("It was a hard time for everyone, and people did what they could. Things got better later on.");

        Assert.Equal(1, share);
        Assert.Equal(0, weight);
    }

    [Theory]
    [InlineData("It is important to note that this was very important.", 0)]
    [InlineData("Then Stalin met Bulganin and Malenkov in the Kremlin.", 4)]
    public void SpecificWords_Sentence_CountsNamesAndRareWords(string sentence, int count)
    {
        var document = BundledScheme.Analyze(sentence);

        Assert.Equal(count, TopicProfile.SpecificWords(WordsOf(document), document.Sentences[0]));
    }

    [Fact]
    public void SpecificWordsBeyondQuestion_SentenceRestatingTheQuestion_None()
    {
        var document = BundledScheme.Analyze("The role of the Soviet Union was crucial in the early years of the People's Republic of China.");
        var sentence = document.Sentences[0];

        Assert.True(TopicProfile.SpecificWords(WordsOf(document), sentence) > 0);
        Assert.Equal(0, TopicProfile.SpecificWordsBeyondQuestion(WordsOf(document), sentence));
    }

    [Fact]
    public void SpecificWordsBeyondQuestion_SentenceAddingAName_CountsIt()
    {
        var document = BundledScheme.Analyze("The role of the Soviet Union in the People's Republic of China ended with Khrushchev.");

        Assert.Equal(1, TopicProfile.SpecificWordsBeyondQuestion(WordsOf(document), document.Sentences[0]));
    }
}
