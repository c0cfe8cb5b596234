namespace Grader.Checks;

/// <summary>Reads the <see cref="QuestionForm"/> of a question from its wording, and words feedback for it.</summary>
internal static class QuestionForms
{
    private static readonly string[] ExtentPhrases =
        ["how far", "to what extent", "assess", "evaluate", "do you agree", "would you agree", "how important", "how significant", "how successful", "how valid", "discuss"];

    private static readonly string[] ComparePhrases = ["compare", "comparison", "similarities", "differences", "similar", "differ"];

    private static readonly string[] ExplainOpeners = ["explain", "describe", "outline", "how did", "how does", "how do", "how was", "how were", "what"];

    /// <summary>
    /// The form of <paramref name="question"/>: "why" (or "explain why", "account for") at its start is
    /// <see cref="QuestionForm.Why"/>; a comparison word is <see cref="QuestionForm.Compare"/>; a degree phrase
    /// anywhere is <see cref="QuestionForm.Extent"/>; "explain", "describe", "how did" … at its start is
    /// <see cref="QuestionForm.Explain"/>; anything else is read as <see cref="QuestionForm.Extent"/>.
    /// </summary>
    public static QuestionForm Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.AsSpan().Trim();
        if (StartsWith(text, "why") || StartsWith(text, "explain why") || StartsWith(text, "account for"))
        {
            return QuestionForm.Why;
        }

        if (ContainsAny(text, ComparePhrases))
        {
            return QuestionForm.Compare;
        }

        if (ContainsAny(text, ExtentPhrases))
        {
            return QuestionForm.Extent;
        }

        foreach (var opener in ExplainOpeners)
        {
            if (StartsWith(text, opener))
            {
                return QuestionForm.Explain;
            }
        }

        return QuestionForm.Extent;
    }

    /// <summary>What an answer to a question of <paramref name="form"/> takes a position on, for feedback ("… no position on {this}").</summary>
    public static string Position(QuestionForm form) => form switch
    {
        QuestionForm.Compare => "how the things compared are alike or differ",
        QuestionForm.Why => "why, with the main reason",
        QuestionForm.Explain => "what the explanation is",
        _ => "how far it agrees with the question",
    };

    /// <summary>The cues a sentence stating the answer to a question of <paramref name="form"/> holds, besides a degree word.</summary>
    public static SentenceCues AnswerCues(QuestionForm form) => form switch
    {
        QuestionForm.Compare => SentenceCues.Comparison,
        QuestionForm.Why => SentenceCues.Explanation,
        QuestionForm.Explain => SentenceCues.Explanation | SentenceCues.Evaluation,
        _ => SentenceCues.None,
    };

    private static bool StartsWith(ReadOnlySpan<char> text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[word.Length]));

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            var at = 0;
            while (at < text.Length)
            {
                var found = text[at..].IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    break;
                }

                var start = at + found;
                var end = start + phrase.Length;
                if ((start == 0 || !char.IsLetter(text[start - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                {
                    return true;
                }

                at = start + 1;
            }
        }

        return false;
    }
}
