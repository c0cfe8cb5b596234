using Grader.Checks;
using Grader.Rubrics;
using static Grader.Drafting.TemplateCaps;

namespace Grader.Drafting;

/// <summary>
/// A short-answer scheme: one criterion, one level per mark, marked by how much of the model answer's content the
/// response gives (by meaning), with a little weight on explanation and length.
/// </summary>
internal static class ShortAnswerTemplate
{
    public const int DefaultMax = 4;

    public static IReadOnlyList<CriterionDraft> Criteria(int max)
    {
        var levels = new CriterionLevel[max + 1];
        for (var mark = 0; mark <= max; mark++)
        {
            var descriptor = mark == 0
                ? "Nothing creditworthy."
                : mark == max ? "A full, accurate answer: every point of the model answer, explained." : $"Partly correct: some points of the model answer ({mark} of {max}).";
            levels[mark] = new CriterionLevel(mark, $"Mark {mark}", mark, mark, descriptor);
        }

        return
        [
            new("content", "Content", "Content", max,
                "A short answer earns marks for the points it makes: its similarity to the model answer, point by point and as a whole, with a little weight on explaining them.",
                [Weight(SignalCatalog.SimilarityCoverage, 4), Weight(SignalCatalog.SimilarityEssay, 2), Weight(SignalCatalog.AnalysisExplanation, 1), Weight(SignalCatalog.StructureLength, 1)],
                levels,
                [NotProse(0)]),
        ];
    }
}
