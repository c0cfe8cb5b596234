namespace Grader.Text;

/// <summary>
/// What <see cref="TextNormalizer"/> found worth telling a marker: invisible characters removed, Unicode tag characters
/// (which can spell out hidden text) and the ASCII they spelled, and look-alike letters replaced.
/// </summary>
internal readonly record struct NormalizerReport(int InvisibleCharacters, int TagCharacters, string HiddenText, int LookAlikeLetters)
{
    public static NormalizerReport None => new(0, 0, "", 0);
}
