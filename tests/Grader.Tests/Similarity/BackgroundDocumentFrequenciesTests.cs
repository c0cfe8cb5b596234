using Grader.Similarity;

namespace Grader.Tests.Similarity;

public sealed class BackgroundDocumentFrequenciesTests
{
    private static BackgroundDocumentFrequencies English => BackgroundDocumentFrequencies.English;

    [Theory]
    [InlineData("used")]
    [InlineData("people")]
    [InlineData("made")]
    [InlineData("not")]
    public void English_CommonContentWord_WeighsLittle(string word)
    {
        var idf = English.Idf(English.UnigramFrequency(word));

        Assert.InRange(idf, 0.0, 0.4 * MaxIdf());
    }

    [Theory]
    [InlineData("treaty")]
    [InlineData("photosynthesis")]
    [InlineData("vaccine")]
    [InlineData("reparations")]
    public void English_TopicalWord_WeighsMuch(string word)
    {
        var df = English.UnigramFrequency(word);

        Assert.True(df > 0, $"'{word}' should be in the table");
        Assert.InRange(English.Idf(df), 0.6 * MaxIdf(), MaxIdf());
    }

    [Fact]
    public void English_CommonCharacterGram_WeighsLessThanRareOne()
    {
        Assert.True(English.Idf(English.CharGramFrequency("ing>")) < 1.5);
        Assert.True(English.Idf(English.CharGramFrequency("zyg")) > 6);
    }

    [Theory]
    [InlineData("The TREATY’S signing", "treaty signing")]
    [InlineData("Sino-Soviet relations", "sino soviet relations")]
    [InlineData("a naïve view", "naive view")]
    [InlineData("They don’t", "dont")]
    public void English_KeysAreFeaturizerForms_SoWordsOfRawTextAreFound(string text, string expectedWords)
    {
        var words = SimilarityFeaturizer.Featurize(text).Words;

        Assert.Equal(expectedWords, words);
        Assert.All(words.Split(' '), word => Assert.True(English.UnigramFrequency(word) > 0, word));
        Assert.Equal(0, English.UnigramFrequency("Treaty"));
        Assert.Equal(0, English.UnigramFrequency("don’t"));
    }

    [Fact]
    public void English_StopWords_AreNotTerms()
    {
        // The featurizer drops stop words before making any term, so the table never holds them.
        Assert.Equal(0, English.UnigramFrequency("the"));
        Assert.Equal(0, English.UnigramFrequency("of"));
    }

    [Fact]
    public void English_Bigram_IsKeyedByTheTwoNormalisedWords()
    {
        Assert.True(English.BigramFrequency("united", "states") > 100);
        Assert.Equal(English.Bigrams["united|states"], English.BigramFrequency("united", "states"));
        Assert.True(English.BigramFrequency("states", "united") < English.BigramFrequency("united", "states") / 10, "a bigram's words are ordered");
    }

    [Fact]
    public void English_LoadedOnceAcrossThreads_IsOneInstance()
    {
        var seen = new BackgroundDocumentFrequencies[8];
        Parallel.For(0, seen.Length, i => seen[i] = BackgroundDocumentFrequencies.English);

        Assert.All(seen, table => Assert.Same(BackgroundDocumentFrequencies.English, table));
        Assert.True(English.DocumentCount > 100_000);
    }

    [Theory]
    [InlineData(10, 0, 0, 0, 2.397895)] // ln(11 / 1): unseen, the most
    [InlineData(10, 10, 0, 0, 0.0)] // in every document
    [InlineData(10, 4, 5, 5, 0.470004)] // pooled: ln((15 + 1) / (9 + 1))
    public void Idf_Frequencies_AreSmoothedLogRatios(int documents, int df, int batchDocuments, int batchDf, double expected)
    {
        var table = new BackgroundDocumentFrequencies(documents, new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>());

        Assert.Equal(expected, table.Idf(df, batchDocuments, batchDf), 5);
    }

    [Fact]
    public void Idf_BatchFrequencyAboveBatchSize_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => English.Idf(1, batchDocuments: 2, batchFrequency: 3));
    }

    [Fact]
    public void Constructor_CountAboveDocumentCount_Throws()
    {
        var counts = new Dictionary<string, int> { ["treaty"] = 3 };

        Assert.Throws<ArgumentException>(() => new BackgroundDocumentFrequencies(2, counts, new Dictionary<string, int>(), new Dictionary<string, int>()));
    }

    [Fact]
    public void IdfByIndex_OneTextVocabulary_GivesEveryTermABackgroundWeight()
    {
        // A vocabulary fitted on one text has every IDF 0 (log 1); the background gives each term its own weight.
        var vocabulary = new SimilarityVocabulary(
            ["alliance", "treaty"],
            [0f, 0f],
            [1],
            [0],
            [0f],
            ["<tr", "aty>"],
            [0f, 0f]);

        var idf = BackgroundDocumentFrequencies.English.IdfByIndex(vocabulary);

        Assert.Equal(vocabulary.Size, idf.Length);
        Assert.All(idf, weight => Assert.True(weight > 0));
        Assert.Equal((float)English.Idf(English.UnigramFrequency("treaty")), idf[1]);
        Assert.Equal((float)English.Idf(English.BigramFrequency("treaty", "alliance")), idf[2]);
        Assert.Equal((float)English.Idf(English.CharGramFrequency("aty>")), idf[4]);
    }

    private static double MaxIdf() => English.Idf(0);
}
