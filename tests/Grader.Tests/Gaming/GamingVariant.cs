namespace Grader.Tests.Gaming;

/// <summary>
/// One essay written to get marks without the work, with the honest text it was made from: the harness grades both
/// and checks that the variant goes to review and never scores above its source.
/// </summary>
/// <param name="Family">The kebab-case id of the family that made it (see docs/gaming-suite.md).</param>
/// <param name="SourceId">Which text it was made from (for variants made from scratch, the model essay).</param>
/// <param name="SourceText">That text, as graded for the "above its source" comparison.</param>
/// <param name="Text">The gaming essay.</param>
/// <param name="Description">How this variant was made, for failure messages and reports.</param>
internal sealed record GamingVariant(string Family, string SourceId, string SourceText, string Text, string Description)
{
    public static GamingVariant Of(string family, GamingSource source, string text, string description) =>
        new(family, source.Id, source.Text, text, description);
}
