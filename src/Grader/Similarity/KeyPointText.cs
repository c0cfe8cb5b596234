namespace Grader.Similarity;

/// <summary>One key point of a model answer, as training text: its id in the answer key and its wording.</summary>
internal sealed record KeyPointText(string Id, string Text);
