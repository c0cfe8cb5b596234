using System.Globalization;
using Grader.Scoring;
using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// Whether the engine's marks can stand alone: raises advisory flags for essays that are too short, not in English, or
/// a list of keywords rather than prose. (Copies of the model essay are caught by <see cref="Screening.CopyScreen"/>; repetition,
/// lists inside an essay, templates and off-topic essays by the screens in <c>Screening</c>.)
/// </summary>
internal sealed class IntegrityCheck : IEssayCheck
{
    /// <summary>The share of English function words that ordinary prose reaches (it is usually 0.4–0.5).</summary>
    private const double ProseFunctionShare = 0.3;
    private const double KeywordListFunctionShare = 0.12;


    public void Run(EssayFacts facts, MarkingResources resources, SignalBoard board)
    {
        var document = facts.Document;
        var guide = resources.Rubric.Length;
        if (document.ProseWordCount < guide.TooShortBelow)
        {
            board.Flag(FlagCodes.TooShort, FlagKind.Advisory, $"{document.ProseWordCount} words of prose, under {guide.TooShortBelow}: too short to mark with confidence (guide {guide.GuideMin}–{guide.GuideMax}).");
        }

        var language = facts.Language;
        board.Set(SignalCatalog.IntegrityProse, language.EnglishShare / ProseFunctionShare);
        var notEnglish = language.IsNotEnglish;
        if (notEnglish)
        {
            board.Flag(FlagCodes.NotEnglish, FlagKind.Advisory, string.Create(CultureInfo.InvariantCulture, $"The essay does not appear to be in English ({language.EnglishShare:P0} English function words, {language.ForeignShare:P0} from other languages, {language.NonLatinShare:P0} non-Latin letters)."));
        }
        else if (language.Words >= 10 && language.EnglishShare < KeywordListFunctionShare)
        {
            board.Flag(FlagCodes.KeywordList, FlagKind.Advisory, string.Create(CultureInfo.InvariantCulture, $"Only {language.EnglishShare:P0} of the words are the little words that join prose (the, of, was…): this reads as a list of keywords, not an essay."));
        }

    }
}
