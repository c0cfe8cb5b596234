using System.Globalization;
using Grader.Checks;
using Grader.Scoring;
using Grader.Text;

namespace Grader.Screening;

/// <summary>
/// Runs the screens on an analysed essay before it is marked: what they exclude earns nothing (the essay is analysed
/// again without it), and the flags they raise send it to review. Stateless and thread-safe.
/// </summary>
internal static class EssayScreener
{
    /// <summary>At most this many unmarked passages are listed in a result (touching ones of one kind are listed as one).</summary>
    public const int MaxUnmarkedPassages = 40;

    /// <summary>Invisible characters or look-alike letters from this many on are worth telling a marker about.</summary>
    private const int NotableHiddenCharacters = 10;

    /// <summary>The flags that say a screen caught gaming (not text addressed to the marker, which is only taken out).</summary>
    private static readonly string[] CaughtGaming =
    [
        FlagCodes.Repetition, FlagCodes.Templated, FlagCodes.KeywordList, FlagCodes.OffTopic, FlagCodes.OutOfPeriod,
        FlagCodes.Incoherent, FlagCodes.CopiedModelEssay,
    ];

    private static readonly IEssayScreen[] Screens =
    [
        new CopyScreen(),
        new MarkerAddressScreen(),
        new RepetitionScreen(),
        new ListScreen(),
        new TopicalityScreen(),
        new PeriodScreen(),
        new CoherenceScreen(),
    ];

    public static ScreeningBoard Screen(EssayFacts facts, MarkingResources resources, NormalizerReport normalizer)
    {
        var board = new ScreeningBoard();
        HiddenText(normalizer, board);
        foreach (var screen in Screens)
        {
            screen.Screen(facts, resources, board);
        }

        if (board.HasAdvisory(CaughtGaming))
        {
            WithoutBenefitOfDoubt(facts, resources, board);
        }

        return board;
    }

    /// <summary>
    /// Once a screen has caught gaming (templates, repeats, lists, off-topic or out-of-period material, word salad), the
    /// rest of the essay loses the benefit of the doubt: paragraphs only half about the question (once off-topic or
    /// out-of-period material was found), paragraphs mostly
    /// outside its period (when the essay is about another time), padding (sentences with nothing specific in them,
    /// which an honest essay may have a few of), sentences that only restate the question, and what is left of
    /// paragraphs made mostly of excluded text earn nothing either, so what is left is what is genuinely there.
    /// </summary>
    private static void WithoutBenefitOfDoubt(EssayFacts facts, MarkingResources resources, ScreeningBoard board)
    {
        var document = facts.Document;
        if (!resources.Topic.IsEmpty && board.HasAdvisory(FlagCodes.OffTopic, FlagCodes.OutOfPeriod))
        {
            TopicalityScreen.Exclude(facts, resources, board, TopicalityScreen.MostlyOffTopicBelow);
        }

        if (board.HasAdvisory(FlagCodes.OutOfPeriod))
        {
            PeriodScreen.ExcludeMostlyOutside(facts, resources, board);
        }

        var words = board.TopicWordsOf(facts, resources);
        var padding = resources.WeighsSpecifics;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            if (sentence.Paragraph < 0 || board.IsExcluded(sentence.Span))
            {
                continue;
            }

            if (padding && RepetitionScreen.IsPadding(facts, s, words))
            {
                board.Exclude(sentence.Span, ExclusionKind.Template, "Padding in an essay caught gaming: nothing specific in it (no date, name or word of the topic). It earns nothing.");
            }
            else if (facts.Sentences[s].Has(SentenceCues.QuestionEcho) && TopicProfile.SpecificWordsBeyondQuestion(words, sentence) == 0)
            {
                board.Exclude(sentence.Span, ExclusionKind.QuestionEcho, "Restates the question and adds nothing of its own, in an essay caught gaming. It earns nothing.");
            }
        }

        // A paragraph made mostly of excluded text is no paragraph of the answer: what is left of it is the rest of the
        // trick (a subject sentence dropped into an off-topic paragraph, a slot-filled sentence among templates).
        foreach (var paragraph in document.Paragraphs)
        {
            var excludedWords = 0;
            for (var s = paragraph.FirstSentence; s < paragraph.EndSentence; s++)
            {
                excludedWords += board.IsExcluded(document.Sentences[s].Span) ? document.Sentences[s].WordCount : 0;
            }

            if (excludedWords > 0 && excludedWords < paragraph.WordCount && excludedWords * 2 >= paragraph.WordCount)
            {
                for (var s = paragraph.FirstSentence; s < paragraph.EndSentence; s++)
                {
                    if (!board.IsExcluded(document.Sentences[s].Span))
                    {
                        board.Exclude(document.Sentences[s].Span, ExclusionKind.Template, $"In paragraph {paragraph.Index + 1}, most of which earned nothing, in an essay caught gaming: the rest of the paragraph earns nothing either.");
                    }
                }
            }
        }
    }

    /// <summary>The excluded passages as the result lists them: in text order, touching ones of one kind joined, at most <see cref="MaxUnmarkedPassages"/>.</summary>
    public static UnmarkedPassage[] Unmarked(ScreeningBoard screening, string text, SignalBoard board)
    {
        if (!screening.HasExclusions)
        {
            return [];
        }

        var sorted = screening.Excluded.OrderBy(e => e.Span.Start).ThenBy(e => e.Kind).ToList();
        var joined = new List<ExcludedText>(sorted.Count);
        foreach (var excluded in sorted)
        {
            if (joined.Count > 0 && joined[^1].Kind == excluded.Kind && joined[^1].Reason == excluded.Reason && OnlySpaceBetween(text, joined[^1].Span, excluded.Span))
            {
                var last = joined[^1];
                joined[^1] = last with { Span = TextSpan.FromBounds(last.Span.Start, Math.Max(last.Span.End, excluded.Span.End)) };
            }
            else if (joined.Count == 0 || !joined[^1].Span.Contains(excluded.Span))
            {
                joined.Add(excluded);
            }
        }

        return joined
            .Take(MaxUnmarkedPassages)
            .Select(e => new UnmarkedPassage(ExclusionKinds.CodeOf(e.Kind), e.Reason, board.QuoteOf(e.Span)))
            .ToArray();
    }

    private static bool OnlySpaceBetween(string text, TextSpan earlier, TextSpan later) =>
        later.Start <= earlier.End || text.AsSpan(earlier.End, later.Start - earlier.End).IsWhiteSpace();

    private static void HiddenText(NormalizerReport normalizer, ScreeningBoard board)
    {
        if (normalizer.TagCharacters > 0)
        {
            var hidden = normalizer.HiddenText.Length > 0 ? $" spelling \"{normalizer.HiddenText}\"" : "";
            board.Flag(FlagCodes.AddressedToMarker, FlagKind.Advisory, $"The essay hides {normalizer.TagCharacters} invisible Unicode tag characters{hidden}: hidden text is addressed to a machine, not to a reader. It was removed before marking.");
        }

        if (normalizer.InvisibleCharacters >= NotableHiddenCharacters || normalizer.LookAlikeLetters >= NotableHiddenCharacters)
        {
            board.Flag(
                FlagCodes.InvisibleCharacters,
                FlagKind.Informational,
                string.Create(CultureInfo.InvariantCulture, $"{normalizer.InvisibleCharacters} invisible characters (zero-width spaces, joiners, soft hyphens…) were removed and {normalizer.LookAlikeLetters} look-alike Cyrillic or Greek letters read as Latin before marking; quotes show the text as handed in."));
        }
    }
}
