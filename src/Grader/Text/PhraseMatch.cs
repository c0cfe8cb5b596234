namespace Grader.Text;

/// <summary>A phrase found in a text: the tokens it covers and the value it was registered with.</summary>
internal readonly record struct PhraseMatch(int FirstToken, int LastToken, int Value, TextSpan Span);
