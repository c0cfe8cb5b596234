using Grader.Loading;

namespace Grader.Hosting;

/// <summary>A question's rubric path (made full) and what loading it gave.</summary>
internal sealed record QuestionLoad(string RubricPath, LoadResult<MarkScheme> Result);
