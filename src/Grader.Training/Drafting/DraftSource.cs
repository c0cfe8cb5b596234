namespace Grader.Drafting;

/// <summary>A text a draft is made from (a model essay, or a descriptors file): its name as the notes cite it, and its text.</summary>
/// <param name="Name">The file name the draft notes cite (for example "model-essay.txt").</param>
/// <param name="Text">The text, as read.</param>
internal sealed record DraftSource(string Name, string Text);
