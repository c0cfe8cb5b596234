using Grader.Similarity;

namespace Grader.Tests.Similarity;

public sealed class BackgroundDocumentFrequencyCounterTests
{
    [Fact]
    public void ToTable_TermRepeatedInOneDocument_CountsOnce()
    {
        var counter = new BackgroundDocumentFrequencyCounter();
        counter.Add("treaty treaty treaty");
        counter.Add("a treaty");

        var table = counter.ToTable(1);

        Assert.Equal(2, table.DocumentCount);
        Assert.Equal(2, table.UnigramFrequency("treaty"));
        Assert.Equal(1, table.BigramFrequency("treaty", "treaty"));
        Assert.Equal(2, table.CharGramFrequency("<tr"));
    }

    [Fact]
    public void ToTable_CaseApostrophesAndHyphens_AreNormalisedAsTheTokenizerDoes()
    {
        var counter = new BackgroundDocumentFrequencyCounter();
        counter.Add("Stalin’s Sino-Soviet treaty");
        counter.Add("STALIN'S sino soviet Treaty");
        counter.Add("stalin sino–soviet TREATY");

        var table = counter.ToTable(1);

        Assert.Equal(3, table.UnigramFrequency("stalin"));
        Assert.Equal(3, table.BigramFrequency("sino", "soviet"));
        Assert.Equal(3, table.BigramFrequency("stalin", "sino"));
        Assert.Equal(["sino", "soviet", "stalin", "treaty"], table.Unigrams.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ToTable_StopWordsBetweenWords_DoNotBreakABigram()
    {
        var counter = new BackgroundDocumentFrequencyCounter();
        counter.Add("the Treaty of Friendship");

        var table = counter.ToTable(1);

        Assert.Equal(1, table.BigramFrequency("treaty", "friendship"));
        Assert.Equal(0, table.UnigramFrequency("of"));
        Assert.Single(table.Bigrams);
    }

    [Fact]
    public void ToTable_MinimumDocuments_LeavesOutRarerTerms()
    {
        var counter = new BackgroundDocumentFrequencyCounter();
        counter.Add("treaty alliance");
        counter.Add("treaty");
        counter.Add("");

        var table = counter.ToTable(2);

        Assert.Equal(3, table.DocumentCount);
        Assert.Equal(2, table.UnigramFrequency("treaty"));
        Assert.Equal(0, table.UnigramFrequency("alliance"));
        Assert.Empty(table.Bigrams);
        Assert.All(table.CharGrams.Values, df => Assert.True(df >= 2));
    }

    [Fact]
    public void ToTable_SameDocuments_GivesSameFile()
    {
        static byte[] Build()
        {
            var counter = new BackgroundDocumentFrequencyCounter();
            counter.Add("The alliance treaty of 1950.");
            counter.Add("A treaty, an alliance and a loan.");
            using var stream = new MemoryStream();
            BackgroundDocumentFrequencyFile.Write(stream, counter.ToTable(1));
            return stream.ToArray();
        }

        Assert.Equal(Build(), Build());
    }
}
