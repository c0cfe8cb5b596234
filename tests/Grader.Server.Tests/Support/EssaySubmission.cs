namespace Grader.Server.Tests.Support;

/// <summary>The request body of the minimal API sample in docs/embedding.md: an application's own type.</summary>
public sealed record EssaySubmission(string Text);
