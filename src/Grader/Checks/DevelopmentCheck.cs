using System.Globalization;
using Grader.Rubrics;
using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// How much the essay develops and how wide and how sophisticated its vocabulary is, each on one logarithmic scale
/// centred on the rubric's length guide: <see cref="SignalCatalog.DevelopmentLength"/> (words of prose),
/// <see cref="SignalCatalog.LanguageRange"/> (distinct content words) and <see cref="SignalCatalog.LanguageSophistication"/>
/// (distinct long words). Each doubling is worth a quarter of the scale: half
/// credit at the guide's upper length (or the share of it expected in distinct or long words), full credit at
/// four times that, nothing at a quarter of it. The scale is centred rather than topped at the guide because the model
/// essays a guide is drawn from are not a ceiling: a scale that is full at their length gives every longer, richer answer
/// the same mark, and those are most often the strongest.
/// </summary>
/// <remarks>
/// The signals are measured only for rubrics that weigh or cap on them, so the results of other rubrics (and the
/// calibration features learned from them) are unchanged.
/// </remarks>
internal sealed class DevelopmentCheck : IEssayCheck
{
    /// <summary>How many doublings take the signal from 0 to 1 (half of them below the centre, half above).</summary>
    public const double Doublings = 4;

    /// <summary>The share of an essay's words that are distinct content words at the guide's length, about a third in English prose of a few hundred words.</summary>
    public const double DistinctContentShare = 1 / 3.0;

    /// <summary>
    /// The share of an essay's words that are distinct long words at the guide's length: about a sixth (measured on the
    /// project's own three model essays of 775 to 952 words, 0.160 to 0.186).
    /// </summary>
    public const double SophisticatedShare = 1 / 6.0;

    /// <summary>
    /// How many letters make a word long: seven, the "more than six letters" of Björnsson's LIX readability index. Word
    /// length has measured vocabulary in essay scoring since Page's PEG, and it needs no word list.
    /// </summary>
    public const int LongWordLetters = 7;

    public void Run(EssayFacts facts, MarkingResources resources, SignalBoard board)
    {
        var rubric = resources.Rubric;
        if (!resources.WeighsDevelopment)
        {
            return;
        }

        var document = facts.Document;
        var reference = Math.Max(1, rubric.Length.GuideMax);
        var words = document.ProseWordCount;
        var length = Scale(words, reference);
        board.Set(SignalCatalog.DevelopmentLength, length);
        Explain(board, SignalCatalog.DevelopmentLength, length, string.Create(CultureInfo.InvariantCulture, $"{words} words of prose against the guide's {reference}"));

        var distinct = DistinctContentWords(document);
        var expected = Math.Max(1, (int)Math.Round(reference * DistinctContentShare));
        var range = Scale(distinct, expected);
        board.Set(SignalCatalog.LanguageRange, range);
        Explain(board, SignalCatalog.LanguageRange, range, string.Create(CultureInfo.InvariantCulture, $"{distinct} distinct content words against {expected} expected at the guide's length"));

        var sophisticated = DistinctLongWords(document);
        var expectedSophisticated = Math.Max(1, (int)Math.Round(reference * SophisticatedShare));
        var sophistication = Scale(sophisticated, expectedSophisticated);
        board.Set(SignalCatalog.LanguageSophistication, sophistication);
        Explain(board, SignalCatalog.LanguageSophistication, sophistication, string.Create(CultureInfo.InvariantCulture, $"{sophisticated} distinct words of {LongWordLetters} letters or more against {expectedSophisticated} expected at the guide's length"));
    }

    /// <summary>1/2 + log2(<paramref name="count"/> / <paramref name="centre"/>) / <see cref="Doublings"/>, within 0 to 1.</summary>
    public static double Scale(int count, int centre) =>
        count <= 0 ? 0 : Math.Clamp(0.5 + (Math.Log2(count / (double)centre) / Doublings), 0, 1);

    /// <summary>Distinct words of the prose (case-insensitive) that are not function words or numbers.</summary>
    public static int DistinctContentWords(EssayDocument document) => DistinctContentWords(document, minimumLetters: 0);

    /// <summary>
    /// Distinct long words of the prose (case-insensitive, not function words): words of <see cref="LongWordLetters"/>
    /// letters or more. A misspelt long word still counts: it is the attempt at a precise word that the measure rewards.
    /// </summary>
    public static int DistinctLongWords(EssayDocument document) => DistinctContentWords(document, LongWordLetters);

    private static int DistinctContentWords(EssayDocument document, int minimumLetters)
    {
        var seen = new HashSet<ulong>();
        foreach (var paragraph in document.Paragraphs)
        {
            var (first, end) = document.TokenRange(paragraph);
            for (var t = first; t < end; t++)
            {
                var token = document.Tokens[t];
                var hash = document.WordHashes[t];
                if (token.Kind == TokenKind.Word && hash != 0 && !FunctionWordSet.Contains(hash)
                    && (minimumLetters == 0 || Letters(document.Slice(token.Span)) >= minimumLetters))
                {
                    seen.Add(hash);
                }
            }
        }

        return seen.Count;
    }

    private static int Letters(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters;
    }

    /// <summary>Whether a criterion of <paramref name="rubric"/> weighs, or a cap tests, one of this check's signals.</summary>
    public static bool Weighs(Rubric rubric) => RubricSignalUse.Uses(rubric, IsOwn);

    private static bool IsOwn(string signal) => signal is SignalCatalog.DevelopmentLength or SignalCatalog.LanguageRange or SignalCatalog.LanguageSophistication;

    private static void Explain(SignalBoard board, string signal, double value, string measure)
    {
        var message = string.Create(CultureInfo.InvariantCulture, $"{measure}: {value:P0} of full credit.");
        if (value >= 0.75)
        {
            board.Earned(signal, message);
        }
        else
        {
            board.Cost(signal, message);
        }
    }
}
