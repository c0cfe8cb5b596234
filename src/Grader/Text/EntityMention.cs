namespace Grader.Text;

/// <summary>A person, organisation, treaty, policy or place from the answer key's gazetteer.</summary>
internal sealed record EntityMention(TextSpan Span, int Entity, int FirstToken, int LastToken);
