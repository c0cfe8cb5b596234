using Grader.Text;

namespace Grader.Tests.Text;

public sealed class QuantityExtractorTests
{
    [Theory]
    [InlineData("The USSR lent China $300 million in 1950.", "$300 million", "USD", "300000000")]
    [InlineData("The loan was worth US$300 million at low interest.", "US$300 million", "USD", "300000000")]
    [InlineData("The loan was worth $300m to Mao.", "$300m", "USD", "300000000")]
    [InlineData("Britain spent £5m on the new dreadnoughts.", "£5m", "GBP", "5000000")]
    [InlineData("Marshall Aid gave Britain $1.5 billion.", "$1.5 billion", "USD", "1500000000")]
    [InlineData("Marshall Aid gave Britain $1.5bn.", "$1.5bn", "USD", "1500000000")]
    [InlineData("Moscow offered 300 million dollars in credit.", "300 million dollars", "USD", "300000000")]
    [InlineData("Moscow offered 300 million US dollars in credit.", "300 million US dollars", "USD", "300000000")]
    [InlineData("Japan was lent 5 million roubles.", "5 million roubles", "roubles", "5000000")]
    [InlineData("The PRC spent ¥2 billion on the dam.", "¥2 billion", "RMB", "2000000000")]
    [InlineData("Each expert was paid 300,000 dollars.", "300,000 dollars", "USD", "300000")]
    [InlineData("Henry VIII spent over £1 million on his French wars.", "over £1 million", "GBP", "1000000")]
    [InlineData("Germany owed 132 billion gold marks in reparations.", "132 billion gold marks", "marks", "132000000000")]
    [InlineData("Weimar printed 50 million marks a day.", "50 million marks", "marks", "50000000")]
    [InlineData("Parliament voted two million pounds sterling for the war.", "two million pounds sterling", "GBP", "2000000")]
    [InlineData("China repaid a billion dollars by 1965.", "a billion dollars", "USD", "1000000000")]
    [InlineData("The Bank lent RMB 2 billion to the communes.", "RMB 2 billion", "RMB", "2000000000")]
    [InlineData("France received ($2.7 billion) under the plan.", "$2.7 billion", "USD", "2700000000")]
    [InlineData("The ransom was 150,000 marks, a fortune.", null, null, null)]
    public void Extract_SumOfMoney_FindsCurrencyAndAmount(string sentence, string? quoted, string? currency, string? amount)
    {
        var (money, counts) = Extract(sentence);

        if (quoted is null)
        {
            Assert.Empty(money);
            return;
        }

        var mention = Assert.Single(money);
        Assert.Empty(counts);
        AssertSpan(sentence, mention.Span, quoted);
        Assert.Equal(currency, mention.Currency);
        Assert.Equal(decimal.Parse(amount!, System.Globalization.CultureInfo.InvariantCulture), mention.Amount);
    }

    [Theory]
    [InlineData("The USSR helped build 156 projects across China.", "156 projects", "156", "projects")]
    [InlineData("The USSR helped build 156 Soviet-aided projects across China.", "156 Soviet-aided projects", "156", "projects")]
    [InlineData("China sent over a million troops into Korea.", "over a million troops", "1000000", "troops")]
    [InlineData("China sent a million troops into Korea.", "a million troops", "1000000", "troops")]
    [InlineData("Moscow sent 10,000 experts to help.", "10,000 experts", "10000", "experts")]
    [InlineData("Moscow sent 20,000 Soviet experts to help.", "20,000 Soviet experts", "20000", "experts")]
    [InlineData("Three million soldiers died at Verdun and the Somme.", "Three million soldiers", "3000000", "soldiers")]
    [InlineData("Haig held three divisions in reserve.", "three divisions", "3", "divisions")]
    [InlineData("The loan carried 1% interest.", "1%", "1", "%")]
    [InlineData("The loan carried 1 per cent interest.", "1 per cent", "1", "%")]
    [InlineData("The loan carried 1 percent interest.", "1 percent", "1", "%")]
    [InlineData("Grain output fell by 2.5% in 1960.", "2.5%", "2.5", "%")]
    [InlineData("Around fifty per cent of peasants joined communes.", "Around fifty per cent", "50", "%")]
    [InlineData("Stalin sent 1000 troops to the border.", "1000 troops", "1000", "troops")]
    [InlineData("A force of 1500 men landed at Inchon.", "1500 men", "1500", "men")]
    [InlineData("The Armada lost some 5,000 men off Ireland.", "some 5,000 men", "5000", "men")]
    [InlineData("Half a million people died in the purges.", "Half a million people", "500000", "people")]
    [InlineData("Hundreds of thousands of peasants starved.", "Hundreds of thousands of peasants", "100000", "peasants")]
    [InlineData("The Somme cost twenty-five thousand British lives a week.", "twenty-five thousand British lives", "25000", "lives")]
    [InlineData("There were three hundred and fifty thousand casualties.", "three hundred and fifty thousand casualties", "350000", "casualties")]
    [InlineData("More than 60,000 civilians were killed in the Blitz.", "More than 60,000 civilians", "60000", "civilians")]
    [InlineData("Henry dissolved about 800 monasteries.", "about 800 monasteries", "800", "monasteries")]
    [InlineData("The war lasted four years.", "four years", "4", "years")]
    [InlineData("Britain had 29 dreadnoughts by 1914.", "29 dreadnoughts", "29", "dreadnoughts")]
    [InlineData("Gorbachev withdrew 500,000 men from Eastern Europe.", "500,000 men", "500000", "men")]
    [InlineData("The Soviets had 8 Armies in Manchuria.", "8 Armies", "8", "armies")]
    [InlineData("Almost 2 million refugees fled west.", "Almost 2 million refugees", "2000000", "refugees")]
    [InlineData("Up to 45 million people died in the famine.", "Up to 45 million people", "45000000", "people")]
    [InlineData("They bought 5,000 pounds of explosives.", "5,000 pounds", "5000", "pounds")]
    [InlineData("Three million Germans were expelled from the east.", "Three million Germans", "3000000", "germans")]
    [InlineData("Thousands of Hungarians fled to Austria.", "Thousands of Hungarians", "1000", "hungarians")]
    [InlineData("Dozens of officials were purged.", "Dozens of officials", "12", "officials")]
    [InlineData("Over one hundred thousand people marched.", "Over one hundred thousand people", "100000", "people")]
    [InlineData("Khrushchev withdrew 1,390 Soviet specialists.", "1,390 Soviet specialists", "1390", "specialists")]
    [InlineData("The Pilgrimage of Grace (1536) involved 30,000 rebels.", "30,000 rebels", "30000", "rebels")]
    [InlineData("Haig had 2.3 million tons of shells.", "2.3 million tons", "2300000", "tons")]
    public void Extract_Count_FindsValueAndUnit(string sentence, string quoted, string value, string unit)
    {
        var (money, counts) = Extract(sentence);

        var mention = Assert.Single(counts);
        Assert.Empty(money);
        AssertSpan(sentence, mention.Span, quoted);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), mention.Value);
        Assert.Equal(unit, mention.Unit);
    }

    [Theory]
    [InlineData("The first reason for the split was ideological.")]
    [InlineData("The second Five-Year Plan began in 1958.")]
    [InlineData("One of the reasons was Khrushchev's speech.")]
    [InlineData("One reason was the border dispute.")]
    [InlineData("There were two reasons for the split.")]
    [InlineData("Three factors explain the outcome.")]
    [InlineData("As paragraph 3 shows, aid was limited.")]
    [InlineData("Source 2 suggests that Mao was angry.")]
    [InlineData("Page 12 of the textbook lists the projects.")]
    [InlineData("See p. 45 examples in the appendix.")]
    [InlineData("The 1,000-year-old wall still stands.")]
    [InlineData("The 38th parallel divided Korea.")]
    [InlineData("On 14 February 1950 the treaty was signed.")]
    [InlineData("In 1950 troops crossed the Yalu.")]
    [InlineData("1953 marks the death of Stalin.")]
    [InlineData("The 1950s experts were well paid.")]
    [InlineData("Wilson's Fourteen Points promised self-determination.")]
    [InlineData("Japan issued the Twenty-One Demands in 1915.")]
    [InlineData("The Seven Years War ended in 1763.")]
    [InlineData("Resolution 82 condemned North Korea; Apollo 11 astronauts landed later.")]
    [InlineData("It took one day to cross the river.")]
    [InlineData("The wall was 5m high.")]
    [InlineData("Khrushchev and Mao met two times in Beijing.")]
    [InlineData("The figure of 300 was disputed.")]
    [InlineData("Every one of them was executed.")]
    [InlineData("He was one of the Big Three at Yalta.")]
    [InlineData("The exam awards 20 marks for this question.")]
    [InlineData("HK$300 million was invested.")]
    [InlineData("The Hundred Days ended at Waterloo.")]
    [InlineData("A 30-year treaty of friendship was signed.")]
    [InlineData("China's population was 600 million in 1953.")]
    [InlineData("The King had one son, Edward.")]
    [InlineData("In the 19th century Britain ruled India.")]
    [InlineData("")]
    public void Extract_NoQuantity_FindsNothing(string sentence)
    {
        var (money, counts) = Extract(sentence);

        Assert.Empty(money);
        Assert.Empty(counts);
    }

    [Theory]
    [InlineData("2 Soviet advisers and the aid programme\nThe advisers arrived in 1950.")]
    [InlineData("## 3 Economic problems\nGrain output fell.")]
    [InlineData("1. Introduction\nThe split had causes.")]
    public void Extract_NumberStartingHeading_FindsNothing(string text)
    {
        var (money, counts) = Extract(text);

        Assert.Empty(money);
        Assert.Empty(counts);
    }

    [Fact]
    public void Extract_NumberStartingSentenceLine_FindsCount()
    {
        const string text = "The aid was large.\n156 projects were begun in the 1950s.";

        var (_, counts) = Extract(text);

        var mention = Assert.Single(counts);
        AssertSpan(text, mention.Span, "156 projects");
    }

    [Fact]
    public void Extract_EssaySentence_FindsMoneyAndCountsInOrder()
    {
        const string text =
            "Under the treaty of 14 February 1950 the USSR lent $300 million at 1% interest, sent 10,000 experts and "
            + "helped build 156 projects; by 1960 some 1,390 experts remained, and China had repaid 1.4 billion roubles.";

        var (money, counts) = Extract(text);

        Assert.Equal(2, money.Count);
        AssertSpan(text, money[0].Span, "$300 million");
        AssertSpan(text, money[1].Span, "1.4 billion roubles");
        Assert.Equal(1_400_000_000m, money[1].Amount);
        Assert.Equal(4, counts.Count);
        AssertSpan(text, counts[0].Span, "1%");
        AssertSpan(text, counts[1].Span, "10,000 experts");
        AssertSpan(text, counts[2].Span, "156 projects");
        AssertSpan(text, counts[3].Span, "some 1,390 experts");
        Assert.Equal(1390m, counts[3].Value);
    }

    [Fact]
    public void Extract_KnownUnit_SharesTheUnitString()
    {
        var (_, first) = Extract("Mao sent 300 troops.");
        var (_, second) = Extract("Kim had 900 Troops.");

        Assert.Same(first[0].Unit, second[0].Unit);
        Assert.Equal("troops", second[0].Unit);
    }

    [Fact]
    public void Extract_UnknownUnit_LowerCasesTheUnit()
    {
        var (_, counts) = Extract("Elizabeth built 34 Galleons.");

        Assert.Equal("galleons", Assert.Single(counts).Unit);
    }

    [Fact]
    public void Extract_NullLists_Throw()
    {
        var tokens = EssayTokenizer.Tokenize("300 troops", Lexicon.Build(Array.Empty<string>()));

        Assert.Throws<ArgumentNullException>(() => QuantityExtractor.Extract("300 troops", tokens, 0, tokens.Length, null!, new List<CountMention>()));
        Assert.Throws<ArgumentNullException>(() => QuantityExtractor.Extract("300 troops", tokens, 0, tokens.Length, new List<MoneyMention>(), null!));
    }

    private static (List<MoneyMention> Money, List<CountMention> Counts) Extract(string text)
    {
        var tokens = EssayTokenizer.Tokenize(text, Lexicon.Build(Array.Empty<string>()));
        var money = new List<MoneyMention>();
        var counts = new List<CountMention>();
        QuantityExtractor.Extract(text, tokens, 0, tokens.Length, money, counts);
        return (money, counts);
    }

    private static void AssertSpan(string text, TextSpan span, string quoted)
    {
        Assert.Equal(quoted, text.Substring(span.Start, span.Length));
        Assert.Equal(text.IndexOf(quoted, StringComparison.Ordinal), span.Start);
    }
}
