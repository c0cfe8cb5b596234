using System.Text.RegularExpressions;
using Grader.Tests.Support;

namespace Grader.Tests.Gaming;

/// <summary>The gaming generator itself: deterministic, and each family does what its name says.</summary>
public sealed partial class GamingGeneratorTests
{
    private static readonly Lazy<IReadOnlyList<GamingVariant>> AllVariants = new(() => GamingFamilies.Variants(GamingSources.Bundled));

    [Fact]
    public void Variants_GeneratedTwice_IdenticalTexts()
    {
        var again = GamingFamilies.Variants(GamingSources.Bundled);

        Assert.Equal(AllVariants.Value, again);
    }

    [Fact]
    public void Variants_EveryFamily_ProducesDistinctVariantsUnderItsOwnKebabCaseId()
    {
        var ids = GamingFamilies.All.Select(family => family.Id).ToArray();

        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var family in GamingFamilies.All)
        {
            var variants = family.Generate(GamingSources.Bundled).ToArray();
            Assert.Matches(KebabCase(), family.Id);
            Assert.True(variants.Length >= 10, $"{family.Id} made {variants.Length} variants");
            Assert.All(variants, variant => Assert.Equal(family.Id, variant.Family));
            Assert.All(variants, variant => Assert.NotEqual(variant.SourceText, variant.Text));
            Assert.Equal(variants.Length, variants.Select(variant => variant.Text).Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Variants_AllFamilies_AtLeast200()
    {
        Assert.True(AllVariants.Value.Count >= 200, $"{AllVariants.Value.Count} variants");
    }

    [Fact]
    public void WordSalad_EveryVariant_KeepsTheSourceWordsAndParagraphCountInShortSentences()
    {
        foreach (var variant in Family("word-salad"))
        {
            Assert.Equal(SortedWords(variant.SourceText), SortedWords(variant.Text));
            Assert.Equal(Essays.Paragraphs(variant.SourceText).Length, Essays.Paragraphs(variant.Text).Length);
            Assert.All(
                Essays.Paragraphs(variant.Text).SelectMany(EssayText.Sentences),
                sentence => Assert.InRange(EssayText.WordCount(sentence), 1, 20));
        }
    }

    [Theory]
    [InlineData("sentence-shuffle")]
    [InlineData("case-and-reorder")]
    public void Shuffles_EveryVariant_KeepsTheSourceSentencesOrWords(string family)
    {
        foreach (var variant in Family(family))
        {
            Assert.Equal(SortedWords(variant.SourceText), SortedWords(variant.Text));
        }

        foreach (var variant in Family(family).Where(v => v.Text.ToLowerInvariant() != v.Text && v.Text.ToUpperInvariant() != v.Text && !v.Description.Contains("Title", StringComparison.Ordinal)))
        {
            Assert.Equal(SortedSentences(variant.SourceText), SortedSentences(variant.Text));
        }
    }

    [Fact]
    public void SentenceShuffle_EveryVariant_KeepsEachParagraphsSentenceCountButMovesSentences()
    {
        foreach (var variant in Family("sentence-shuffle"))
        {
            var before = Essays.Paragraphs(variant.SourceText).Select(p => EssayText.Sentences(p)).ToArray();
            var after = Essays.Paragraphs(variant.Text).Select(p => EssayText.Sentences(p)).ToArray();
            Assert.Equal(before.Select(p => p.Length), after.Select(p => p.Length));
            Assert.True(before.Zip(after).Count(pair => !pair.First.Order(StringComparer.Ordinal).SequenceEqual(pair.Second.Order(StringComparer.Ordinal))) > before.Length / 2, variant.SourceId);
        }
    }

    [Fact]
    public void ShiftedYears_EveryVariant_ShiftsEveryYearByOneOfTheStatedAmounts()
    {
        foreach (var variant in Family("shifted-years"))
        {
            var before = ShiftedYearsFamily.Years(variant.SourceText);
            var after = ShiftedYearsFamily.Years(variant.Text);
            Assert.NotEmpty(before);
            Assert.Equal(before.Length, after.Length);
            var shift = after[0] - before[0];
            Assert.Contains(shift, new[] { 7, -5, 12 });
            Assert.Equal(before.Select(year => year + shift), after);
            Assert.Equal(variant.SourceText, ShiftedYearsFamily.Shift(variant.Text, -shift));
        }
    }

    [Fact]
    public void InvisibleCharacters_EveryVariant_HasOneInsideEveryWordAndOtherwiseIsTheSource()
    {
        foreach (var variant in Family("invisible-characters"))
        {
            var inserted = variant.Text.Count(InvisibleCharactersFamily.Characters.Contains);
            var words = Regex.Matches(variant.SourceText, @"\p{L}+(?:['’\-]\p{L}+)*").Count(word => word.Length >= 2);
            Assert.Equal(words, inserted);
            Assert.Equal(variant.SourceText, new string(variant.Text.Where(c => !InvisibleCharactersFamily.Characters.Contains(c)).ToArray()));
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    public void ReplaceEveryKthWord_ModelEssay_ChangesExactlyEveryKthWord(int k)
    {
        var source = GamingSources.Bundled.ModelEssay.Text;

        var changed = WordSubstitutionFamily.ReplaceEveryKthWord(source, k, new Random(1));

        var before = LetterWords(source);
        var after = LetterWords(changed);
        Assert.Equal(before.Length, after.Length);
        for (var i = 0; i < before.Length; i++)
        {
            Assert.Equal((i + 1) % k == 0, !string.Equals(before[i], after[i], StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void SynonymSwap_FullShare_SwapsEveryWordTheTableKnowsAndNoShareSwapsNone()
    {
        var source = GamingSources.Bundled.ModelEssay.Text;
        var known = LetterWords(source).Where(word => SynonymTable.Of(word).Count > 0).Distinct(StringComparer.Ordinal).ToArray();
        var random = new Random(1);

        Assert.True(SynonymTable.Count >= 300, $"{SynonymTable.Count} entries");
        Assert.True(known.Length >= 80, $"{known.Length} distinct swappable words in the model essay");
        Assert.All(known, word => Assert.NotEqual(word, SynonymSwapFamily.Swap(word, 1.0, random), StringComparer.OrdinalIgnoreCase));
        Assert.Equal(source, SynonymSwapFamily.Swap(source, 0.0, random));
    }

    [Fact]
    public void MisconceptionStuffed_EveryVariant_ContainsAnswerKeyMisconceptionClaims()
    {
        var claims = GamingSources.Bundled.AnswerKey.Misconceptions.Select(m => m.Claim.TrimEnd('.')).ToArray();

        Assert.All(Family("misconception-stuffed"), variant => Assert.Contains(claims, claim => variant.Text.Contains(claim, StringComparison.Ordinal)));
    }

    [Fact]
    public void Template_EveryVariant_UsesAnswerKeyEventsAndEchoesTheQuestion()
    {
        var thesis = QuestionFrame.Thesis(GamingSources.Bundled.Rubric);
        var names = GamingSources.Bundled.AnswerKey.Timeline.Select(EventNames.Name).ToArray();

        Assert.StartsWith("the role of", thesis, StringComparison.Ordinal);
        Assert.All(Family("template"), variant =>
        {
            Assert.Contains(thesis, variant.Text, StringComparison.Ordinal);
            Assert.True(names.Count(name => variant.Text.Contains(name, StringComparison.Ordinal)) >= 3);
        });
    }

    private static IEnumerable<GamingVariant> Family(string id) => AllVariants.Value.Where(variant => variant.Family == id);

    private static string[] SortedWords(string text) =>
        EssayText.Words(text).Select(word => word.ToLowerInvariant()).Order(StringComparer.Ordinal).ToArray();

    private static string[] SortedSentences(string text) =>
        Essays.Paragraphs(text).SelectMany(EssayText.Sentences).Order(StringComparer.Ordinal).ToArray();

    private static string[] LetterWords(string text) =>
        Regex.Matches(text, @"\p{L}+(?:['’\-]\p{L}+)*").Select(match => match.Value).ToArray();

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
