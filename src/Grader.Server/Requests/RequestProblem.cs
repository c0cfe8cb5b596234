namespace Grader.Server;

/// <summary>
/// One thing wrong with a request: where (a JSON path such as <c>$[3].text</c>, or <c>row 4</c> of a CSV upload) and
/// what to do about it. <see cref="IsSyntax"/> marks text that is not well-formed JSON or CSV (400), as opposed to
/// well-formed text with missing or wrong values (422).
/// </summary>
internal sealed record RequestProblem(string Location, string Message, bool IsSyntax = false);
