namespace Grader.Checks;

/// <summary>The argument cues and topic words a sentence holds.</summary>
[Flags]
internal enum SentenceCues
{
    None = 0,
    ContrastOpener = 1 << 0,
    Concession = 1 << 1,
    Explanation = 1 << 2,
    Evaluation = 1 << 3,
    Degree = 1 << 4,
    Thesis = 1 << 5,
    Conclusion = 1 << 6,
    Link = 1 << 7,
    TimeQualifier = 1 << 8,
    Subject = 1 << 9,
    KeyConcept = 1 << 10,
    Topic = 1 << 11,
    QuestionEcho = 1 << 12,
    ConclusionOpener = 1 << 13,
    Comparison = 1 << 14,
}
