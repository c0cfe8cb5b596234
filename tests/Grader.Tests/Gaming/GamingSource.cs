namespace Grader.Tests.Gaming;

/// <summary>A text a gaming variant is made from, named so a failure message says which one.</summary>
internal sealed record GamingSource(string Id, string Text);
