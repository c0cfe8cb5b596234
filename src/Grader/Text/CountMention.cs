namespace Grader.Text;

/// <summary>A count of things: "156 projects", "over a million troops", "10,000 Soviet experts", "three divisions", "1%".</summary>
internal sealed record CountMention(TextSpan Span, decimal Value, string Unit);
