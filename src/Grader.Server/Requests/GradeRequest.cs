namespace Grader.Server;

/// <summary>
/// One essay to grade, as sent to <c>POST /v1/grade</c> and as each element of a JSON batch:
/// <c>{"question": "soviet", "text": "…", "id": "S001"}</c>. <see cref="Question"/> may be left out when the server
/// has a default question; <see cref="Id"/> (a string or a number) is echoed first in the grade.
/// </summary>
internal sealed record GradeRequest(string? Question, string Text, string? Id);
