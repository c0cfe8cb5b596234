using Grader.Loading;
using Grader.Rubrics;
using Grader.Scoring;
using Grader.Tests.Support;

namespace Grader.Tests.Scoring;

/// <summary>The public records: immutable lists, value equality, and the members a consumer can rely on.</summary>
public sealed class ResultRecordTests
{
    [Fact]
    public void GradeResult_SameEssayGradedTwice_EqualWithEqualHashCodes()
    {
        var essay = Essays.Read("balanced-mid");

        var first = BundledScheme.Grader.Grade(essay);
        var second = BundledScheme.Grader.Grade(essay);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, first with { Criteria = [.. first.Criteria.Skip(1)] });
    }

    [Fact]
    public void GradeResult_Lists_CannotBeCastToSomethingWritable()
    {
        var result = BundledScheme.Grader.Grade(Essays.Read("balanced-mid"));

        Assert.False(result.Criteria is CriterionResult[]);
        Assert.False(result.Criteria is IList<CriterionResult>);
        Assert.False(result.Criteria[0].Reasons is ICollection<MarkReason>);
        Assert.False(result.Flags is ICollection<GradeFlag>);
    }

    [Fact]
    public void MarkReason_BuiltFromTheCallersArray_KeepsItsOwnCopy()
    {
        var quotes = new[] { new Quote { Start = 0, Length = 3, Text = "The" } };
        var reason = new MarkReason { Effect = ReasonEffect.Note, Signal = "", Message = "m", Quotes = quotes };

        quotes[0] = new Quote { Start = 9, Length = 1, Text = "x" };

        Assert.Equal("The", reason.Quotes[0].Text);
    }

    [Fact]
    public void Rubric_WithTheSameContent_EqualAndItsListsAreCopies()
    {
        var rubric = BundledScheme.Value.Rubric;
        var topics = rubric.TopicTerms.ToArray();

        var copy = rubric with { TopicTerms = topics };
        topics[0] = "changed";

        Assert.Equal(rubric, copy);
        Assert.Equal(rubric.GetHashCode(), copy.GetHashCode());
        Assert.False(copy.TopicTerms is string[]);
    }

    [Fact]
    public void TryGetCriterion_KnownAndUnknownIds_FindsOnlyTheKnown()
    {
        var result = BundledScheme.Grader.Grade(Essays.Read("balanced-mid"));

        Assert.True(result.TryGetCriterion("judgement", out var judgement));
        Assert.Equal("judgement", judgement.Id);
        Assert.False(result.TryGetCriterion("nowhere", out var missing));
        Assert.Null(missing);
        Assert.Throws<KeyNotFoundException>(() => result.Criterion("nowhere"));
    }

    [Fact]
    public void LoadResult_Succeeded_TellsTheCompilerValueIsSet()
    {
        var load = MarkScheme.Load(RepositoryPaths.BundledRubric);

        // Compiles without '!' under nullable warnings as errors: Succeeded carries [MemberNotNullWhen(true, nameof(Value))].
        var id = load.Succeeded ? load.Value.Rubric.Id : null;

        Assert.Equal(BundledScheme.Value.Rubric.Id, id);
        Assert.False(load.Problems is LoadProblem[]);
    }

    [Fact]
    public void AnswerKey_NestedMisconceptionLists_AreCopiesToo()
    {
        var inner = new[] { "famine" };
        var misconception = new Misconception("m1", "claim", [inner], [], null, "correction");

        inner[0] = "changed";

        Assert.Equal("famine", misconception.AllOf[0][0]);
        Assert.False(misconception.AllOf[0] is string[]);
    }
}
