using Grader.Rubrics;

namespace Grader.Checks;

/// <summary>
/// The words that show an answer keeps the question's subject in view, and the name feedback gives them: the rubric's
/// 'subject' when it has one; otherwise its 'topicTerms' (named "the question's topic"); otherwise none, and the
/// question's own words stand for the subject (a sentence that echoes the question).
/// </summary>
internal sealed record QuestionSubject(string Name, IReadOnlyList<string> Terms)
{
    /// <summary>Whether there are subject words to look for (false: only an echo of the question shows the subject).</summary>
    public bool HasTerms => Terms.Count > 0;

    public static QuestionSubject Of(Rubric rubric) => rubric switch
    {
        { Subject: { } subject } => new QuestionSubject(subject.Name, subject.Terms),
        { TopicTerms.Count: > 0 } => new QuestionSubject("the question's topic", rubric.TopicTerms),
        _ => new QuestionSubject("the question's own terms", []),
    };
}
