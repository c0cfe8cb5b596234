namespace Grader.Cli.Commands.Evaluation;

/// <summary>One ASAP-AES essay: id, prompt (essay set), text, the two raters' domain-1 scores and the resolved score.</summary>
internal sealed record AsapEssay(int Id, int Prompt, string Text, int? Rater1, int? Rater2, int Score);
