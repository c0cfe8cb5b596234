using Grader.Text;

namespace Grader.Tests.Text;

public sealed class TemporalExtractorTests
{
    [Theory]
    [InlineData("In 1950 the Sino-Soviet treaty was signed.", "1950", 1950)]
    [InlineData("By 1957 relations had begun to sour.", "1957", 1957)]
    [InlineData("The Act of Supremacy (1534) made Henry head of the Church.", "1534", 1534)]
    [InlineData("Stalin's death in 1953 changed everything.", "1953", 1953)]
    [InlineData("1956 saw Khrushchev denounce Stalin.", "1956", 1956)]
    [InlineData("Not until 1917 did the United States enter the war.", "1917", 1917)]
    [InlineData("Elizabeth ruled from the accession of 1558.", "1558", 1558)]
    [InlineData("Britain had been at war since 1939 and was exhausted.", "1939", 1939)]
    [InlineData("In 1950 troops crossed the 38th parallel.", "1950", 1950)]
    [InlineData("1953's armistice froze the front line.", "1953's", 1953)]
    [InlineData("1953’s armistice froze the front line.", "1953’s", 1953)]
    [InlineData("1953 marks the death of Stalin.", "1953", 1953)]
    [InlineData("The 1917 revolutions toppled the Tsar.", "1917", 1917)]
    [InlineData("The Battle of Hastings in 1066 ended Anglo-Saxon England.", "1066", 1066)]
    [InlineData("After 1945, Europe was divided.", "1945", 1945)]
    [InlineData("During 1941 the Wehrmacht advanced on Moscow.", "1941", 1941)]
    [InlineData("Khrushchev visited Beijing in 1958 and left angry.", "1958", 1958)]
    public void Extract_Year_FindsOneYear(string sentence, string quoted, int year)
    {
        var mention = Assert.Single(Extract(sentence));

        AssertMention(sentence, mention, quoted, TemporalKind.Year, year, year, 0, 0);
    }

    [Theory]
    [InlineData("The PRC was proclaimed in October 1949.", "October 1949", 1949, 10)]
    [InlineData("Mao travelled to Moscow in Dec. 1949 for talks.", "Dec. 1949", 1949, 12)]
    [InlineData("In Oct 1949 the Communists took power.", "Oct 1949", 1949, 10)]
    [InlineData("Germany invaded Poland in September 1939.", "September 1939", 1939, 9)]
    [InlineData("The armistice was signed in July, 1953.", "July, 1953", 1953, 7)]
    [InlineData("The Hungarian rising was crushed in November of 1956.", "November of 1956", 1956, 11)]
    [InlineData("In May 1945 Germany surrendered.", "May 1945", 1945, 5)]
    [InlineData("The Long March began in october 1934.", "october 1934", 1934, 10)]
    [InlineData("Henry broke with Rome in Sept. 1534.", "Sept. 1534", 1534, 9)]
    public void Extract_MonthAndYear_FindsMonthYear(string sentence, string quoted, int year, int month)
    {
        var mention = Assert.Single(Extract(sentence));

        AssertMention(sentence, mention, quoted, TemporalKind.MonthYear, year, year, month, 0);
    }

    [Theory]
    [InlineData("The treaty was signed on 14 February 1950.", "14 February 1950", 1950, 2, 14)]
    [InlineData("The treaty was signed on 14th February 1950.", "14th February 1950", 1950, 2, 14)]
    [InlineData("The treaty was signed on the 14th of February 1950.", "14th of February 1950", 1950, 2, 14)]
    [InlineData("The treaty was signed on February 14, 1950.", "February 14, 1950", 1950, 2, 14)]
    [InlineData("The treaty was signed on February 14 1950.", "February 14 1950", 1950, 2, 14)]
    [InlineData("Stalin died on 5 March 1953.", "5 March 1953", 1953, 3, 5)]
    [InlineData("The treaty (1950-02-14) lasted thirty years.", "1950-02-14", 1950, 2, 14)]
    [InlineData("The Archduke was shot on 28 June 1914 in Sarajevo.", "28 June 1914", 1914, 6, 28)]
    [InlineData("On 1st October 1949 Mao spoke in Tiananmen Square.", "1st October 1949", 1949, 10, 1)]
    [InlineData("The Armada sailed on 28 May, 1588.", "28 May, 1588", 1588, 5, 28)]
    [InlineData("The Berlin Wall fell on Nov. 9, 1989.", "Nov. 9, 1989", 1989, 11, 9)]
    [InlineData("1948 was a leap year, so 29 February 1948 existed.", "29 February 1948", 1948, 2, 29)]
    public void Extract_FullDate_FindsDayMonthAndYear(string sentence, string quoted, int year, int month, int day)
    {
        var mentions = Extract(sentence);

        var mention = mentions[^1];
        AssertMention(sentence, mention, quoted, TemporalKind.FullDate, year, year, month, day);
    }

    [Theory]
    [InlineData("Soviet aid flowed from 1949–1956.", "from 1949–1956", 1949, 1956)]
    [InlineData("Soviet aid flowed in 1949-1956.", "1949-1956", 1949, 1956)]
    [InlineData("Relations were good in 1953 - 1956 at least.", "1953 - 1956", 1953, 1956)]
    [InlineData("The Korean War (1950-53) cost China dearly.", "1950-53", 1950, 1953)]
    [InlineData("The Great War (1914–18) destroyed four empires.", "1914–18", 1914, 1918)]
    [InlineData("Khrushchev was cautious from 1953 to 1956.", "from 1953 to 1956", 1953, 1956)]
    [InlineData("Khrushchev was cautious between 1953 and 1956.", "between 1953 and 1956", 1953, 1956)]
    [InlineData("Khrushchev was cautious 1953 to 1956.", "1953 to 1956", 1953, 1956)]
    [InlineData("The Tudors ruled from 1485 until 1603.", "from 1485 until 1603", 1485, 1603)]
    [InlineData("The Hundred Years War (1337—1453) was long.", "1337—1453", 1337, 1453)]
    [InlineData("Sales rose in 1998-03.", "1998-03", 1998, 2003)]
    [InlineData("Between 1945 and 1949 troops of the PLA defeated the GMD.", "Between 1945 and 1949", 1945, 1949)]
    [InlineData("The Long March (1934-35) was a retreat.", "1934-35", 1934, 1935)]
    public void Extract_YearRange_FindsRange(string sentence, string quoted, int firstYear, int lastYear)
    {
        var mention = Assert.Single(Extract(sentence));

        AssertMention(sentence, mention, quoted, TemporalKind.Range, firstYear, lastYear, 0, 0);
    }

    [Theory]
    [InlineData("The purges of the 1930s killed millions.", "1930s", 1930)]
    [InlineData("In the 1950s China copied the Soviet model.", "1950s", 1950)]
    [InlineData("The 1930's were a decade of depression.", "1930's", 1930)]
    [InlineData("By the mid-1960s the split was complete.", "1960s", 1960)]
    [InlineData("The 1530S saw the dissolution of the monasteries.", "1530S", 1530)]
    public void Extract_Decade_FindsDecade(string sentence, string quoted, int decade)
    {
        var mention = Assert.Single(Extract(sentence));

        AssertMention(sentence, mention, quoted, TemporalKind.Decade, decade, decade + 9, 0, 0);
    }

    [Theory]
    [InlineData("The USSR lent $1950 to the delegation.")]
    [InlineData("The army had 1,950 tanks.")]
    [InlineData("Output rose by 1950.5 tonnes.")]
    [InlineData("Stalin sent 1000 troops to the border.")]
    [InlineData("A force of 1500 men landed at Inchon.")]
    [InlineData("China borrowed 1500 million roubles.")]
    [InlineData("Prices rose 2000% during the hyperinflation.")]
    [InlineData("The 1,000-year-old wall still stands.")]
    [InlineData("Paragraph 3 explains the causes of the split.")]
    [InlineData("The 38th parallel divided Korea.")]
    [InlineData("It was the first of three five-year plans.")]
    [InlineData("Article 231 blamed Germany; page 12 of the source explains it.")]
    [InlineData("About 3000 BC is outside the year range, as are 999 and 2100.")]
    [InlineData("Mao visited on 31 February and left.")]
    [InlineData("In May the troops marched on.")]
    [InlineData("The armies marched 1900 miles.")]
    [InlineData("")]
    public void Extract_NoTimeReference_FindsNothing(string sentence)
    {
        Assert.Empty(Extract(sentence));
    }

    [Fact]
    public void Extract_InvalidDay_FallsBackToMonthAndYear()
    {
        const string sentence = "The conference met on 31 February 1950.";

        var mention = Assert.Single(Extract(sentence));

        AssertMention(sentence, mention, "February 1950", TemporalKind.MonthYear, 1950, 1950, 2, 0);
    }

    [Fact]
    public void Extract_BackwardsRange_FindsTwoYears()
    {
        const string sentence = "Compare 1956-1953 in the sources.";

        var mentions = Extract(sentence);

        Assert.Equal(2, mentions.Count);
        AssertMention(sentence, mentions[0], "1956", TemporalKind.Year, 1956, 1956, 0, 0);
        AssertMention(sentence, mentions[1], "1953", TemporalKind.Year, 1953, 1953, 0, 0);
    }

    [Fact]
    public void Extract_SentenceWithManyReferences_FindsThemInOrder()
    {
        const string sentence =
            "After the PRC was founded in October 1949, Mao signed the treaty on 14 February 1950; aid flowed 1950-53, "
            + "in the 1950s relations cooled, and by 1960 the experts had gone.";

        var mentions = Extract(sentence);

        Assert.Equal(5, mentions.Count);
        AssertMention(sentence, mentions[0], "October 1949", TemporalKind.MonthYear, 1949, 1949, 10, 0);
        AssertMention(sentence, mentions[1], "14 February 1950", TemporalKind.FullDate, 1950, 1950, 2, 14);
        AssertMention(sentence, mentions[2], "1950-53", TemporalKind.Range, 1950, 1953, 0, 0);
        AssertMention(sentence, mentions[3], "1950s", TemporalKind.Decade, 1950, 1959, 0, 0);
        AssertMention(sentence, mentions[4], "1960", TemporalKind.Year, 1960, 1960, 0, 0);
    }

    [Fact]
    public void Extract_TokenRange_LooksOnlyInsideIt()
    {
        const string text = "In 1914 war came. By 1918 it was over.";
        var tokens = EssayTokenizer.Tokenize(text, Lexicon.Build(Array.Empty<string>()));
        var secondSentence = Array.FindIndex(tokens, t => text.AsSpan(t.Start, t.Span.Length).SequenceEqual("By"));
        var mentions = new List<TemporalMention>();

        TemporalExtractor.Extract(text, tokens, secondSentence, tokens.Length, mentions);

        var mention = Assert.Single(mentions);
        AssertMention(text, mention, "1918", TemporalKind.Year, 1918, 1918, 0, 0);
    }

    [Fact]
    public void Extract_TokenRange_DoesNotLookBehindTheFirstToken()
    {
        // "in" would make "1000" a year, but it lies outside the range given, so "1000 troops" reads as a count.
        const string text = "It happened in 1000 troops crossed.";
        var tokens = EssayTokenizer.Tokenize(text, Lexicon.Build(Array.Empty<string>()));
        var mentions = new List<TemporalMention>();

        TemporalExtractor.Extract(text, tokens, 3, tokens.Length, mentions);

        Assert.Empty(mentions);
    }

    [Fact]
    public void Extract_RangeOutsideTokens_Throws()
    {
        var tokens = EssayTokenizer.Tokenize("In 1950.", Lexicon.Build(Array.Empty<string>()));

        Assert.Throws<ArgumentOutOfRangeException>(() => TemporalExtractor.Extract("In 1950.", tokens, 0, tokens.Length + 1, new List<TemporalMention>()));
    }

    [Fact]
    public void Extract_ExistingItems_AppendsAfterThem()
    {
        var mentions = new List<TemporalMention> { new(new TextSpan(0, 0), TemporalKind.Year, 1, 1, 0, 0) };
        const string text = "In 1950.";
        var tokens = EssayTokenizer.Tokenize(text, Lexicon.Build(Array.Empty<string>()));

        TemporalExtractor.Extract(text, tokens, 0, tokens.Length, mentions);

        Assert.Equal(2, mentions.Count);
        Assert.Equal(1950, mentions[1].FirstYear);
    }

    private static List<TemporalMention> Extract(string text)
    {
        var tokens = EssayTokenizer.Tokenize(text, Lexicon.Build(Array.Empty<string>()));
        var mentions = new List<TemporalMention>();
        TemporalExtractor.Extract(text, tokens, 0, tokens.Length, mentions);
        return mentions;
    }

    private static void AssertMention(string text, TemporalMention mention, string quoted, TemporalKind kind, int firstYear, int lastYear, int month, int day)
    {
        Assert.Equal(quoted, text.Substring(mention.Span.Start, mention.Span.Length));
        Assert.Equal(text.IndexOf(quoted, StringComparison.Ordinal), mention.Span.Start);
        Assert.Equal((kind, firstYear, lastYear, month, day), (mention.Kind, mention.FirstYear, mention.LastYear, mention.Month, mention.Day));
    }
}
