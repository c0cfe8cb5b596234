using Grader.Hosting;

namespace Grader.Server;

/// <summary>One essay of a batch, read and checked: its id (if any), its text and the question it is graded against.</summary>
internal sealed record BatchItem(string? Id, string Text, GradedQuestion Question);
