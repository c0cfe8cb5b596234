using System.Globalization;
using Grader.Rubrics;

namespace Grader.Checks;

/// <summary>What the judgement check needs to know of a question: its form, its key concept's name ("" when none) and its period.</summary>
internal readonly record struct QuestionReading(QuestionForm Form, string Concept, YearRange? Period)
{
    /// <summary>
    /// A stance of degree in words, quoting the rubric's key concept when it has one ("strong: crucial, to a large
    /// extent"; "weak: limited, not crucial"), with its value.
    /// </summary>
    public string Describe(double stance)
    {
        var concept = string.IsNullOrWhiteSpace(Concept) ? null : Concept;
        var words = stance switch
        {
            >= 0.8 => concept is null ? "strong: to a large extent" : $"strong: {concept}, to a large extent",
            >= 0.5 => "qualified: to some extent",
            _ => concept is null ? "weak: to a limited extent" : $"weak: limited, not {concept}",
        };
        return words + " [" + stance.ToString("0.00", CultureInfo.InvariantCulture) + "]";
    }
}
