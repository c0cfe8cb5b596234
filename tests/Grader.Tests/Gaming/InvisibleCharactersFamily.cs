namespace Grader.Tests.Gaming;

/// <summary>
/// <c>invisible-characters</c>: a copy of the model essay with an invisible format character inside every word
/// (zero-width space U+200B, zero-width non-joiner U+200C, zero-width joiner U+200D, word joiner U+2060, byte-order
/// mark U+FEFF, soft hyphen U+00AD), placed mid-word, after the first letter, or at a seeded position; the text
/// looks identical on screen and hides the copy from exact matching.
/// </summary>
internal sealed class InvisibleCharactersFamily : IGamingFamily
{
    public static readonly IReadOnlyList<char> Characters = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];

    public string Id => "invisible-characters";

    public IEnumerable<GamingVariant> Generate(GamingSources sources)
    {
        var random = new Random(1414);
        var model = sources.ModelEssay;
        foreach (var character in Characters.Take(5))
        {
            yield return GamingVariant.Of(Id, model, Insert(model.Text, _ => character, word => word.Length / 2), $"U+{(int)character:X4} in the middle of every word");
            yield return GamingVariant.Of(Id, model, Insert(model.Text, _ => character, _ => 1), $"U+{(int)character:X4} after the first letter of every word");
        }

        yield return GamingVariant.Of(Id, model, Insert(model.Text, _ => Characters[random.Next(Characters.Count)], word => random.Next(1, word.Length)), "a random invisible character at a random place in every word");
        yield return GamingVariant.Of(Id, model, Insert(model.Text, _ => '\u00AD', word => word.Length / 2), "U+00AD soft hyphen in the middle of every word");
    }

    /// <summary>Inserts a character into every word of two letters or more (a one-letter word is left alone).</summary>
    public static string Insert(string text, Func<string, char> character, Func<string, int> position) =>
        EssayText.ReplaceWords(text, (word, _) =>
        {
            if (word.Length < 2)
            {
                return null;
            }

            var at = position(word);
            return word[..at] + character(word) + word[at..];
        });
}
