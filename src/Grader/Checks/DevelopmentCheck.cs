using System.Globalization;
using Grader.Rubrics;
using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// How much the essay develops and how wide its language ranges, on a logarithmic scale that does not saturate below
/// the rubric's length guide and never penalises a longer essay: <see cref="SignalCatalog.DevelopmentLength"/> (words of
/// prose) and <see cref="SignalCatalog.LanguageRange"/> (distinct content words). Each doubling is worth a quarter of
/// the scale: full credit at the guide's upper length (or a third of it in distinct content words), half credit at a
/// quarter of that, nothing at a sixteenth.
/// </summary>
/// <remarks>
/// The signals are measured only for rubrics that weigh or cap on them, so the results of other rubrics (and the
/// calibration features learned from them) are unchanged.
/// </remarks>
internal sealed class DevelopmentCheck : IEssayCheck
{
    /// <summary>How many doublings below the reference take the signal from 1 to 0.</summary>
    public const double Doublings = 4;

    /// <summary>The share of an essay's words that are distinct content words at the guide's length, about a third in English prose of a few hundred words.</summary>
    public const double DistinctContentShare = 1 / 3.0;

    public void Run(EssayFacts facts, MarkingResources resources, SignalBoard board)
    {
        var rubric = resources.Rubric;
        if (!Weighs(rubric))
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
    }

    /// <summary>1 + log2(<paramref name="count"/> / <paramref name="reference"/>) / <see cref="Doublings"/>, within 0 to 1.</summary>
    public static double Scale(int count, int reference) =>
        count <= 0 ? 0 : Math.Clamp(1 + (Math.Log2(count / (double)reference) / Doublings), 0, 1);

    /// <summary>Distinct words of the prose (case-insensitive) that are not function words or numbers.</summary>
    public static int DistinctContentWords(EssayDocument document)
    {
        var seen = new HashSet<ulong>();
        foreach (var paragraph in document.Paragraphs)
        {
            var (first, end) = document.TokenRange(paragraph);
            for (var t = first; t < end; t++)
            {
                var hash = document.WordHashes[t];
                if (document.Tokens[t].Kind == TokenKind.Word && hash != 0 && !FunctionWordSet.Contains(hash))
                {
                    seen.Add(hash);
                }
            }
        }

        return seen.Count;
    }

    /// <summary>Whether a criterion of <paramref name="rubric"/> weighs, or a cap tests, one of this check's signals.</summary>
    public static bool Weighs(Rubric rubric) => RubricSignalUse.Uses(rubric, IsOwn);

    private static bool IsOwn(string signal) => signal is SignalCatalog.DevelopmentLength or SignalCatalog.LanguageRange;

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
