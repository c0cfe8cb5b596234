using Grader.Tests.Support;
using Grader.Text;

namespace Grader.Tests.Text;

public sealed class EssayAnalyzerTests
{
    [Fact]
    public void Analyze_SeedFile_EightProseParagraphsAndItsPlanIsNotProse()
    {
        var document = BundledScheme.Analyze(File.ReadAllText(RepositoryPaths.Seed));

        Assert.Equal(8, document.Paragraphs.Count);
        Assert.StartsWith("This essay argues", document.Quote(document.Paragraphs[0].Span), StringComparison.Ordinal);
        Assert.InRange(document.ProseWordCount, 900, 1000);
    }

    [Fact]
    public void Analyze_EveryFinding_CarriesASpanThatQuotesIt()
    {
        var text = "On 14 February 1950 Stalin and Mao Zedong signed a treaty; Moscow lent $300 million, and 156 projects followed in the 1950s.";

        var document = BundledScheme.Analyze(text);

        Assert.Contains(document.Temporal, m => document.Quote(m.Span) == "14 February 1950" && m.Day == 14 && m.Month == 2);
        Assert.Contains(document.Temporal, m => document.Quote(m.Span).Contains("1950s", StringComparison.Ordinal));
        Assert.Contains(document.Money, m => document.Quote(m.Span) == "$300 million" && m.Amount == 300_000_000m);
        Assert.Contains(document.Counts, m => document.Quote(m.Span) == "156 projects");
        Assert.Contains(document.Entities, m => document.Quote(m.Span) == "Mao Zedong");
        Assert.Contains(document.Entities, m => document.Quote(m.Span) == "Stalin");
        Assert.All(document.Sentences, s => Assert.Equal(text[s.Span.Start..s.Span.End], document.Quote(s.Span)));
    }

    [Fact]
    public void Analyze_SpellingVariantFromTheGazetteer_IsTheSameEntity()
    {
        var document = BundledScheme.Analyze("Khruschev criticised Stalin. Khrushchev later visited Beijing.");
        var gazetteer = BundledScheme.Value.AnswerKey.Gazetteer;

        var names = document.Entities.Where(e => gazetteer[e.Entity].Name.Contains("Khrushchev", StringComparison.Ordinal)).ToArray();

        Assert.Equal(2, names.Length);
    }

    [Fact]
    public void Analyze_WordCount_CountsWordsAsReadersDo()
    {
        var document = BundledScheme.Analyze("Stalin’s Sino-Soviet treaty (1950) mattered.");

        Assert.Equal(5, document.ProseWordCount);
    }
}
