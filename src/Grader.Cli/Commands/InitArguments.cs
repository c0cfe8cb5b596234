using Grader.Drafting;

namespace Grader.Cli.Commands;

/// <summary>The options of <c>grader init</c>, as parsed (the output folder made absolute).</summary>
internal sealed record InitArguments(string Question, string ModelEssay, string? Descriptors, SchemeTemplate? Template, string Output, string? Id, string? Title, bool Force, int Seed);
