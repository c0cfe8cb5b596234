namespace Grader.Tests.Gaming;

/// <summary>
/// <c>case-and-reorder</c>: copies of the model essay disguised by case (UPPER, lower, Title), by reordering its
/// paragraphs, by reordering the sentences inside each paragraph, or by several of these at once.
/// </summary>
internal sealed class CaseAndReorderFamily : IGamingFamily
{
    public string Id => "case-and-reorder";

    public bool CopiesAnotherText => true;

    public IEnumerable<GamingVariant> Generate(GamingSources sources)
    {
        var random = new Random(606);
        var model = sources.ModelEssay;
        var text = model.Text;
        var reversedParagraphs = Support.Essays.Join(Enumerable.Reverse(Support.Essays.Paragraphs(text)));
        var reversedSentences = Support.Essays.Join(Support.Essays.Paragraphs(text).Select(p => string.Join(" ", Enumerable.Reverse(EssayText.Sentences(p)))));
        var variants = new (string Text, string Description)[]
        {
            (text.ToUpperInvariant(), "UPPER CASE"),
            (text.ToLowerInvariant(), "lower case"),
            (EssayText.TitleCase(text), "Title Case"),
            (Shuffles.Paragraphs(text, random), "paragraphs shuffled"),
            (Shuffles.Paragraphs(text, random), "paragraphs shuffled (second seed draw)"),
            (reversedParagraphs, "paragraphs in reverse order"),
            (Shuffles.SentencesWithinParagraphs(text, random), "sentences shuffled within paragraphs"),
            (Shuffles.SentencesWithinParagraphs(text, random), "sentences shuffled within paragraphs (second seed draw)"),
            (reversedSentences, "sentences in reverse order within paragraphs"),
            (Shuffles.Paragraphs(text, random).ToLowerInvariant(), "lower case, paragraphs shuffled"),
            (Shuffles.SentencesWithinParagraphs(text, random).ToUpperInvariant(), "UPPER CASE, sentences shuffled within paragraphs"),
            (EssayText.TitleCase(Shuffles.SentencesWithinParagraphs(Shuffles.Paragraphs(text, random), random)), "Title Case, paragraphs and sentences shuffled"),
        };
        return variants.Select(variant => GamingVariant.Of(Id, model, variant.Text, variant.Description));
    }
}
