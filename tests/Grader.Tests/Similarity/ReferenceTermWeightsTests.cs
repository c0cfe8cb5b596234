using Grader.Similarity;

namespace Grader.Tests.Similarity;

/// <summary>Term weights that do not come from the reference alone: a model fitted on one short answer still tells texts apart.</summary>
public sealed class ReferenceTermWeightsTests
{
    private const string Reference =
        "Water moves into the cell by osmosis because the cytoplasm is more concentrated than pure water. " +
        "The rigid cellulose wall pushes back against the swelling vacuole. " +
        "So the cell becomes turgid instead of bursting.";

    private static SimilarityTrainingSet OneText(string text) => new(text, [text], [], []);

    private static SimilarityModel OneTextModel(string text) => SimilarityTrainer.Train(OneText(text));

    [Fact]
    public void Train_OneShortReference_WeightsAreNotDegenerate()
    {
        var model = OneTextModel(Reference);

        Assert.False(model.IsDegenerate);
        Assert.All(model.Vocabulary.IdfByIndex(), weight => Assert.True(weight >= 1, $"weight {weight}"));
    }

    [Fact]
    public void Train_OneShortReference_VerbatimCopyScoresHighAndAboveParaphraseAboveUnrelated()
    {
        var model = OneTextModel(Reference);

        var copy = SimilarityModel.Cosine(model.Vectorize(Reference), model.ModelEssay);
        var paraphrase = SimilarityModel.Cosine(model.Vectorize("By osmosis water enters the cell; the strong cellulose wall resists the swelling, so the cell goes turgid and never bursts."), model.ModelEssay);
        var unrelated = SimilarityModel.Cosine(model.Vectorize("The French Revolution began in 1789 when the Estates-General met at Versailles."), model.ModelEssay);

        Assert.True(copy > 0.99, $"copy {copy}");
        Assert.True(paraphrase > 0.3, $"paraphrase {paraphrase}");
        Assert.True(paraphrase > unrelated + 0.2, $"paraphrase {paraphrase}, unrelated {unrelated}");
    }

    [Fact]
    public void Train_OneShortReference_RareWordsWeighMoreThanCommonOnes()
    {
        var model = OneTextModel(Reference);
        var vocabulary = model.Vocabulary;
        var unigrams = vocabulary.Unigrams.ToArray();

        var osmosis = vocabulary.UnigramIdf[Array.IndexOf(unigrams, "osmosis")];
        var moves = vocabulary.UnigramIdf[Array.IndexOf(unigrams, "moves")];

        Assert.True(osmosis > moves + 2, $"osmosis {osmosis}, moves {moves}");
    }

    [Fact]
    public void Train_LongReference_WordInEverySentenceWeighsLessThanOneInASingleSentence()
    {
        var sentences = Enumerable.Range(0, ReferenceTermWeights.MinimumSentences + 2)
            .Select(i => $"Enzymes speed reaction number {NumberWords[i % NumberWords.Length]} in the {Organs[i % Organs.Length]}.");
        var text = string.Join(" ", sentences);

        var model = OneTextModel(text);
        var unigrams = model.Vocabulary.Unigrams.ToArray();

        Assert.False(model.IsDegenerate);
        Assert.True(
            model.Vocabulary.UnigramIdf[Array.IndexOf(unigrams, "enzymes")] < model.Vocabulary.UnigramIdf[Array.IndexOf(unigrams, "liver")],
            "a word in every sentence should weigh less than one in a few");
    }

    [Fact]
    public void Train_SameSentenceRepeated_FallsBackToTheBackgroundInsteadOfAllZero()
    {
        var text = string.Join(" ", Enumerable.Repeat("Osmosis moves water across a membrane.", ReferenceTermWeights.MinimumSentences + 3));

        var model = OneTextModel(text);

        Assert.False(model.IsDegenerate);
    }

    [Theory]
    [InlineData("One. Two! Three? Four", 4)]
    [InlineData("A line without a stop\nAnother line", 2)]
    [InlineData("Version 2.5 of the model.", 1)]
    [InlineData("  \n \n", 0)]
    public void Sentences_Text_SplitsAtSentenceEndsAndLineBreaks(string text, int expected)
    {
        Assert.Equal(expected, ReferenceTermWeights.Sentences(text).Count());
    }

    [Fact]
    public void IsDegenerate_WeightsOfOneTextFittedWithMlNetDocumentIdf_AreDegenerate()
    {
        var set = OneText(Reference);
        var pipeline = SimilarityPipeline.Fit(set.Documents(), seed: 1);

        var model = SimilarityTrainer.Assemble(set, pipeline.ExtractVocabulary(), seed: 1, pipeline.DocumentCount);

        Assert.True(model.IsDegenerate);
    }

    private static readonly string[] NumberWords = ["one", "two", "three", "four", "five", "six", "seven"];

    private static readonly string[] Organs = ["liver", "stomach", "mouth", "pancreas", "intestine"];
}
