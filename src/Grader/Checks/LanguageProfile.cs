using Grader.Text;

namespace Grader.Checks;

/// <summary>How much of a text is English function words, other languages' function words, and non-Latin letters.</summary>
internal readonly record struct LanguageProfile(int Words, int Letters, double EnglishShare, double ForeignShare, double NonLatinShare)
{
    private const int MinimumWordsToJudgeLanguage = 20;
    private const double EnglishFunctionShareFloor = 0.2;

    /// <summary>Other languages' function words make up a tenth or more of prose in those languages.</summary>
    private const double ForeignFunctionShareFloor = 0.1;
    private const double NonLatinShareCeiling = 0.3;

    /// <summary>
    /// Whether there is enough text to judge and it is not English: mostly non-Latin letters, or more of another
    /// language's function words than of English ones.
    /// </summary>
    public bool IsNotEnglish =>
        (Words >= MinimumWordsToJudgeLanguage || Letters >= MinimumWordsToJudgeLanguage * 4)
        && (NonLatinShare > NonLatinShareCeiling || (ForeignShare >= ForeignFunctionShareFloor && ForeignShare > EnglishShare && EnglishShare < EnglishFunctionShareFloor));

    /// <summary>Profiles the prose, or the whole file when it holds little prose (a list of keywords has none).</summary>
    public static LanguageProfile Of(EssayDocument document, CheckVocabulary vocabulary)
    {
        var tokens = document.Tokens.AsSpan();
        var first = 0;
        var end = tokens.Length;
        if (document.Paragraphs.Count > 0 && document.ProseWordCount * 2 >= document.WordCount)
        {
            first = document.Sentences[document.Paragraphs[0].FirstSentence].FirstToken;
            end = document.Sentences[document.Paragraphs[^1].EndSentence - 1].EndToken;
        }

        var classes = vocabulary.LanguageOfWord;
        var words = 0;
        var english = 0;
        var foreign = 0;
        var letters = 0;
        var nonLatin = 0;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            var language = token.WordId >= 0 ? classes[token.WordId] : (byte)0;
            english += language == CheckVocabulary.EnglishFunctionWord ? 1 : 0;
            foreign += language == CheckVocabulary.ForeignFunctionWord ? 1 : 0;

            foreach (var c in document.Slice(token.Span))
            {
                if (c < 128)
                {
                    // The common case, without a call: below 128 the letters are exactly the ASCII letters.
                    letters += char.IsAsciiLetter(c) ? 1 : 0;
                    continue;
                }

                if (!char.IsLetter(c))
                {
                    continue;
                }

                letters++;
                if (c > '\u024F')
                {
                    nonLatin++;
                }
            }
        }

        return words == 0
            ? new LanguageProfile(0, 0, 0, 0, 0)
            : new LanguageProfile(words, letters, (double)english / words, (double)foreign / words, letters == 0 ? 0 : (double)nonLatin / letters);
    }
}
