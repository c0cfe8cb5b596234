using Grader.Text;

namespace Grader.Tests.Text;

public sealed class TemporalQuantityOverlapTests
{
    [Theory]
    [InlineData("There were 1500 troops at the fort in 1500.", "1500", "1500 troops")]
    [InlineData("In 1950 troops crossed; by 1951, 1000 troops had died.", "1950|1951", "1000 troops")]
    [InlineData("The USSR lent $1950 in 1950.", "1950", "$1950")]
    [InlineData("On 6 June 1944, 156,000 troops landed in Normandy.", "6 June 1944", "156,000 troops")]
    [InlineData("Between 1000 and 2000 troops were involved.", "1000", "2000 troops")]
    [InlineData("From 1914-1918 nearly 9 million soldiers died.", "From 1914-1918", "nearly 9 million soldiers")]
    [InlineData("The war lasted four years (1914–1918) and cost £7 billion.", "1914–1918", "four years|£7 billion")]
    [InlineData("In 1953, 156 projects were agreed and 1% interest charged.", "1953", "156 projects|1%")]
    public void Extract_YearsBesideQuantities_SplitsTheCharactersBetweenThem(string text, string temporal, string quantities)
    {
        var tokens = EssayTokenizer.Tokenize(text, Lexicon.Build(Array.Empty<string>()));
        var dates = new List<TemporalMention>();
        var money = new List<MoneyMention>();
        var counts = new List<CountMention>();

        TemporalExtractor.Extract(text, tokens, 0, tokens.Length, dates);
        QuantityExtractor.Extract(text, tokens, 0, tokens.Length, money, counts);

        var quantitySpans = new List<TextSpan>();
        foreach (var mention in money)
        {
            quantitySpans.Add(mention.Span);
        }

        foreach (var mention in counts)
        {
            quantitySpans.Add(mention.Span);
        }

        quantitySpans.Sort((a, b) => a.Start.CompareTo(b.Start));
        Assert.Equal(temporal.Split('|'), dates.Select(d => text.Substring(d.Span.Start, d.Span.Length)));
        Assert.Equal(quantities.Split('|'), quantitySpans.Select(s => text.Substring(s.Start, s.Length)));
        foreach (var date in dates)
        {
            foreach (var quantity in quantitySpans)
            {
                Assert.False(date.Span.Start < quantity.End && quantity.Start < date.Span.End, $"{date.Span} overlaps {quantity}");
            }
        }
    }

    [Fact]
    public void Extract_LongEssay_MentionsAreOrderedAndDisjoint()
    {
        const string text =
            "When the PRC was proclaimed in October 1949, Mao looked to Moscow. The treaty of 14 February 1950 gave "
            + "China $300 million at 1% interest. From 1950 to 1956 over 10,000 Soviet experts worked on 156 projects, "
            + "and around a million Chinese troops served in Korea (1950-53). In July 1960 all 1,390 experts left. "
            + "By the 1960s the split was public, and in 1969 dozens of soldiers died on Zhenbao Island.";
        var tokens = EssayTokenizer.Tokenize(text, Lexicon.Build(Array.Empty<string>()));
        var dates = new List<TemporalMention>();
        var money = new List<MoneyMention>();
        var counts = new List<CountMention>();

        TemporalExtractor.Extract(text, tokens, 0, tokens.Length, dates);
        QuantityExtractor.Extract(text, tokens, 0, tokens.Length, money, counts);

        Assert.Equal(
            ["October 1949", "14 February 1950", "From 1950 to 1956", "1950-53", "July 1960", "1960s", "1969"],
            dates.Select(d => text.Substring(d.Span.Start, d.Span.Length)));
        Assert.Equal(["$300 million"], money.Select(m => text.Substring(m.Span.Start, m.Span.Length)));
        Assert.Equal(
            ["1%", "over 10,000 Soviet experts", "156 projects", "around a million Chinese troops", "1,390 experts", "dozens of soldiers"],
            counts.Select(c => text.Substring(c.Span.Start, c.Span.Length)));
        var all = new List<TextSpan>();
        all.AddRange(dates.Select(d => d.Span));
        all.AddRange(money.Select(m => m.Span));
        all.AddRange(counts.Select(c => c.Span));
        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 1; i < all.Count; i++)
        {
            Assert.True(all[i - 1].End <= all[i].Start, $"{all[i - 1]} overlaps {all[i]}");
        }
    }
}
