using Grader.Scoring;
using Grader.Similarity;

namespace Grader.Calibration;

/// <summary>
/// One distinct script of a calibration sample: every mark it was given (in input order, with the marker), the engine's
/// grade, and its features. The first mark is the reference "teacher mark"; the training target is the mean of its marks.
/// </summary>
internal sealed class CalibrationScript
{
    public CalibrationScript(string id, string text, IReadOnlyList<MarkedScript> marks)
    {
        Id = id;
        Text = text;
        Marks = marks;
        Target = marks.Average(m => (double)m.TeacherMark);
    }

    public string Id { get; }

    public string Text { get; }

    public IReadOnlyList<MarkedScript> Marks { get; }

    public int TeacherMark => Marks[0].TeacherMark;

    public double Target { get; }

    public GradeResult Grade { get; set; } = null!;

    public TokenizedText Tokens { get; set; } = null!;

    public SparseVector Ngrams { get; set; } = SparseVector.Empty;

    public SparseVector Characters { get; set; } = SparseVector.Empty;
}
