using Grader.Drafting;
using Grader.Loading;
using Grader.Tests.Loading;

namespace Grader.Training.Tests.Drafting;

public sealed class QuestionDrafterTests
{
    private static QuestionDraft Draft(string question, string essay, SchemeTemplate template, LevelDescriptors? descriptors = null)
    {
        var problems = new List<LoadProblem>();
        var draft = QuestionDrafter.Draft(new DraftRequest("test", "Test", question, [new DraftSource(QuestionDrafter.ModelEssayFile, essay)], template, descriptors), problems);
        Assert.Empty(problems);
        return draft!;
    }

    private static LevelDescriptors ReadDescriptors(string text)
    {
        var problems = new List<LoadProblem>();
        var descriptors = LevelDescriptors.Read(new DraftSource("descriptors.txt", text), problems);
        Assert.Empty(problems);
        return descriptors!;
    }

    [Fact]
    public void Draft_EveryItemFromTheEssay_CitesASpanOfTheModelEssayThatHoldsIt()
    {
        var draft = Draft(DraftingTexts.HistoryQuestion, DraftingTexts.HistoryEssay, SchemeTemplate.HistoryEssay);

        var placed = draft.Origins.Where(o => o.HasSpan).ToArray();
        Assert.NotEmpty(placed);
        foreach (var origin in placed)
        {
            Assert.Equal(QuestionDrafter.ModelEssayFile, origin.File);
            Assert.InRange(origin.Start, 0, origin.End - 1);
            Assert.InRange(origin.End, 1, DraftingTexts.HistoryEssay.Length);
            Assert.True(origin.Line >= 1 && origin.EndLine >= origin.Line, $"{origin.Section} {origin.Item}: lines {origin.Line}–{origin.EndLine}");
        }

        foreach (var keyPoint in draft.AnswerKey.KeyPoints)
        {
            var origin = Assert.Single(draft.Origins, o => o.Section == "key point" && o.Item == keyPoint.Id);
            var quoted = ModelEssayReading.OneLine(DraftingTexts.HistoryEssay[origin.Start..origin.End]);
            Assert.Equal(ModelEssayReading.OneLine(keyPoint.Text), quoted);
        }

        foreach (var entry in draft.AnswerKey.Gazetteer)
        {
            var origin = Assert.Single(draft.Origins, o => o.Section == "gazetteer" && o.Item == entry.Name);
            var quoted = DraftingTexts.HistoryEssay[origin.Start..origin.End];
            Assert.Contains(entry.Variants.Prepend(entry.Name), name => quoted.Contains(name, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Draft_DatedSentences_BecomeTimelineEventsWithTheirYears()
    {
        var draft = Draft(DraftingTexts.HistoryQuestion, DraftingTexts.HistoryEssay, SchemeTemplate.HistoryEssay);

        Assert.NotEmpty(draft.AnswerKey.Timeline);
        Assert.All(draft.AnswerKey.Timeline, e => Assert.InRange(e.Year, 1953, 1989));
        Assert.Contains(draft.AnswerKey.Timeline, e => e.Year == 1975 && e.Terms.Any(t => t.Contains("Helsinki Accords", StringComparison.Ordinal)));
        Assert.DoesNotContain(draft.AnswerKey.Timeline, e => e.Terms.Any(t => t.Contains("Gorbachev", StringComparison.Ordinal)));
        Assert.Contains(draft.AnswerKey.Gazetteer, g => g.Name.Contains("Gorbachev", StringComparison.Ordinal));
        Assert.Contains(draft.AnswerKey.Gazetteer, g => g.Name.Contains("Honecker", StringComparison.Ordinal));
    }

    [Fact]
    public void Draft_QuestionWithAYear_PeriodFromTheEssaysYearsEndingThere()
    {
        var draft = Draft(DraftingTexts.HistoryQuestion, DraftingTexts.HistoryEssay, SchemeTemplate.HistoryEssay);
        var fromTheQuestion = Draft("Why did the Berlin Wall fall in 1961-1989?", DraftingTexts.HistoryEssay, SchemeTemplate.HistoryEssay);

        Assert.Equal(1989, draft.Period!.To);
        Assert.InRange(draft.Period.From, 1953, 1980);
        Assert.Equal(new Grader.Rubrics.YearRange(1961, 1989), fromTheQuestion.Period);
        Assert.Contains(draft.Rubric.Subject!.Terms, t => t.Contains("Berlin Wall", StringComparison.Ordinal));
        Assert.Contains("fall", draft.Rubric.KeyConcept.Terms);
    }

    [Fact]
    public void Draft_EssayWithoutYears_NoPeriodNoTimelineAndANoteSaysSo()
    {
        var draft = Draft(DraftingTexts.ScienceQuestion, DraftingTexts.ScienceEssay, SchemeTemplate.GeneralEssay);

        Assert.Null(draft.Period);
        Assert.Empty(draft.AnswerKey.Timeline);
        Assert.Contains(draft.ReviewNotes, n => n.Contains("No timeline events", StringComparison.Ordinal));
        Assert.InRange(draft.AnswerKey.KeyPoints.Count, 3, 10);
        Assert.Contains(draft.Rubric.Subject!.Terms.Concat(draft.Rubric.TopicTerms), t => t.Contains("plate", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Draft_Descriptors_TheirLevelsBecomeTheBandsAndTheirSectionsTheMarks()
    {
        var draft = Draft(DraftingTexts.ScienceQuestion, DraftingTexts.ScienceEssay, SchemeTemplate.Descriptors, ReadDescriptors(DraftingTexts.Descriptors));

        Assert.Equal(20, draft.Rubric.MaxMark);
        Assert.Equal([16, 11, 6, 0], draft.Rubric.Bands.Select(b => b.MinMark));
        Assert.Equal(16, draft.Rubric.Criteria.Where(c => c.Section == "Content").Sum(c => c.Max));
        Assert.Equal(4, draft.Rubric.Criteria.Where(c => c.Section == "Structure").Sum(c => c.Max));
    }

    [Fact]
    public void Draft_SameInputsTwice_SameRubricAndAnswerKeyFiles()
    {
        var first = Draft(DraftingTexts.HistoryQuestion, DraftingTexts.HistoryEssay, SchemeTemplate.HistoryEssay);
        var second = Draft(DraftingTexts.HistoryQuestion, DraftingTexts.HistoryEssay, SchemeTemplate.HistoryEssay);

        Assert.Equal(RubricJsonWriter.Write(first.Rubric), RubricJsonWriter.Write(second.Rubric));
        Assert.Equal(AnswerKeyJsonWriter.Write(first.AnswerKey), AnswerKeyJsonWriter.Write(second.AnswerKey));
    }

    [Fact]
    public void Draft_EmptyQuestionOrHeadingOnlyEssay_ProblemsNamingTheInput()
    {
        var problems = new List<LoadProblem>();
        var draft = QuestionDrafter.Draft(new DraftRequest("t", "T", " ", [new DraftSource("essay.txt", "A Title Only")], SchemeTemplate.GeneralEssay, null), problems);

        Assert.Null(draft);
        Assert.Contains(problems, p => p.File == "--question");
        Assert.Contains(problems, p => p.File == "essay.txt" && p.Message.Contains("no prose", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DescriptorsLeavingAGapInTheMarks_ProblemWithTheLine()
    {
        var problems = new List<LoadProblem>();

        var descriptors = LevelDescriptors.Read(new DraftSource("d.txt", "Level 2 (6-10): Some.\nLevel 1 (0-4): Little."), problems);

        Assert.Null(descriptors);
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal("d.txt", p.File));
    }

    [Fact]
    public void Write_DraftedFolder_LoadsSelfContainedAndMarksTheModelAnswerAboveAWeakOne()
    {
        using var folder = new TempFolder();
        var draft = Draft(DraftingTexts.ScienceQuestion, DraftingTexts.ScienceEssay, SchemeTemplate.GeneralEssay);

        var loaded = QuestionFolderWriter.Write(draft, folder.Path, "general-essay", null, seed: 42);

        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        Assert.True(File.Exists(folder.Combine(QuestionDrafter.SimilarityModelFile)));
        Assert.True(File.Exists(folder.Combine(QuestionDrafter.NotesFile)));
        Assert.DoesNotContain("..", File.ReadAllText(folder.Combine(QuestionDrafter.RubricFile)), StringComparison.Ordinal);
        var grader = new EssayGrader(loaded.Value!);
        var strong = grader.Grade("""
            Earthquakes are caused by the movement of tectonic plates. The plates of the lithosphere are moved by convection currents in the mantle, and where they meet their edges lock together because of friction.

            Strain builds up in the locked rock for many years until the stress is greater than the friction on the fault. Then the rock slips suddenly and the stored energy is released as seismic waves that spread from the focus.

            At destructive boundaries one plate is subducted under another and the strongest, deepest earthquakes happen. At conservative boundaries plates slide past each other and the earthquakes are shallow. At constructive boundaries the plates move apart and the earthquakes are small.

            So earthquakes are the sudden release of strain where moving plates are locked, and the type of boundary decides their depth and strength.
            """);
        var weak = grader.Grade("Earthquakes are when the ground shakes. They are very dangerous and people can die. You should hide under a table.");

        Assert.True(strong.Total > weak.Total + 5, $"strong {strong.Total}, weak {weak.Total}");
    }
}
