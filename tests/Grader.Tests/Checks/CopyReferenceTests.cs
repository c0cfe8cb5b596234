using Grader.Checks;
using Grader.Tests.Support;

namespace Grader.Tests.Checks;

public sealed class CopyReferenceTests
{
    [Fact]
    public void Build_SeedFile_TakesOnlyTheModelEssaysProse()
    {
        var reference = CopyReference.Build(BundledScheme.Value.Analyzer, [("the model essay", File.ReadAllText(RepositoryPaths.Seed))], []);

        Assert.All(reference.Units, u => Assert.Equal(0, u.Source));
        Assert.DoesNotContain(reference.Units, u => u.Sentence.Contains("Essay Plan", StringComparison.Ordinal));
        Assert.DoesNotContain(reference.Units, u => u.Sentence.StartsWith("- ", StringComparison.Ordinal));
        Assert.Contains(reference.Units, u => u.Sentence.StartsWith("This essay argues", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_QuestionAndAnswerWords_AreNeutralAndUninformative()
    {
        var reference = CopyReference.Build(BundledScheme.Value.Analyzer, [("the model essay", CopyTexts.Model)], [CopyTexts.Question]);

        Assert.Contains(reference.Units, u => u.Source == CopyReference.Neutral);
        Assert.False(IsInformative(reference, "Caesar"));
        Assert.False(IsInformative(reference, "decisive"));
        Assert.False(IsInformative(reference, "the"));
        Assert.True(IsInformative(reference, "Rubicon"));
        Assert.True(IsInformative(reference, "133"));
    }

    [Fact]
    public void Adjacent_LastUnitOfOneSourceAndFirstOfTheNext_NotAdjacent()
    {
        var reference = CopyReference.Build(BundledScheme.Value.Analyzer, [("the model essay", "One sentence here. Two sentences here."), ("exemplar 1", "Three sentences here.")], []);

        Assert.Equal(new[] { 0, 0, 1 }, reference.Units.Select(u => u.Source));
        Assert.True(reference.Adjacent(0));
        Assert.False(reference.Adjacent(1));
        Assert.False(reference.Adjacent(2));
        Assert.False(reference.Adjacent(-1));
    }

    [Fact]
    public void Build_SentenceTwoSourcesShare_IsNeutralWhileEachSourcesOwnSentencesAreNot()
    {
        // Written for this test: two answers that quote the same line of a source text, each otherwise in its own words.
        const string first = "The poet writes that the river carried the broken bridge down to the silent sea. I think this shows how the flood destroyed the town in one night.";
        const string second = "In the poem the river carried the broken bridge down to the silent sea. The image makes the reader feel that nothing in the valley could last.";

        var reference = CopyReference.Build(BundledScheme.Value.Analyzer, [("the model essay", first), ("exemplar 1", second)], []);

        Assert.Equal(CopyReference.Neutral, reference.Units.Single(u => u.Sentence.StartsWith("The poet", StringComparison.Ordinal)).Source);
        Assert.Equal(CopyReference.Neutral, reference.Units.Single(u => u.Sentence.StartsWith("In the poem", StringComparison.Ordinal)).Source);
        Assert.Equal(0, reference.Units.Single(u => u.Sentence.StartsWith("I think", StringComparison.Ordinal)).Source);
        Assert.Equal(1, reference.Units.Single(u => u.Sentence.StartsWith("The image", StringComparison.Ordinal)).Source);
        Assert.True(IsInformative(reference, "bridge"));
    }

    [Fact]
    public void Build_OneSource_NothingMadeNeutral()
    {
        var reference = CopyReference.Build(BundledScheme.Value.Analyzer, [("the model essay", CopyTexts.Model)], []);

        Assert.All(reference.Units, u => Assert.Equal(0, u.Source));
    }

    [Fact]
    public void Build_NoSources_IsEmpty()
    {
        Assert.True(CopyReference.Build(BundledScheme.Value.Analyzer, [], [CopyTexts.Question]).IsEmpty);
    }

    private static bool IsInformative(CopyReference reference, string word)
    {
        var document = BundledScheme.Analyze(word);
        var terms = new Grader.Text.TermSequence();
        terms.Append(document.Text, document.Tokens, document.WordHashes, 0, document.Tokens.Length);
        var id = reference.Vocabulary.Find(terms.Hashes[0]);
        Assert.True(id >= 0, $"'{word}' is in the reference");
        return reference.Informative[id];
    }
}
