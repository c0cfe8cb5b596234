namespace Grader.Rubrics;

/// <summary>What kind of answer a question asks for, which decides how a response is read and which signals apply.</summary>
public enum ResponseType
{
    /// <summary>
    /// An essay (the default): a file may hold a title, the question copied out and plan notes before the prose, and
    /// the prose is read as an introduction, body paragraphs and a conclusion.
    /// </summary>
    Essay,

    /// <summary>
    /// A short answer of one to a few sentences: the whole response is prose (no line is read as a heading, the
    /// question or plan notes), and the signals that need an essay's shape (an introduction, body paragraphs, a
    /// conclusion) do not apply.
    /// </summary>
    ShortAnswer,
}
