namespace Grader.Text;

/// <summary>A sum of money: "$300 million", "£5m", "300 million dollars", "US$1.5 billion".</summary>
internal sealed record MoneyMention(TextSpan Span, string Currency, decimal Amount);
