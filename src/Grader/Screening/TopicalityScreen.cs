using System.Globalization;
using Grader.Checks;
using Grader.Scoring;
using Grader.Text;

namespace Grader.Screening;

/// <summary>
/// Whether each prose paragraph is about the question, by meaning: how much of the specific weight of its words lies in
/// the words of the question's reference texts (<see cref="TopicProfile"/>), not whether it names the subject. A
/// paragraph about something else earns nothing for evidence, analysis or judgement, however often it says "Soviet";
/// an essay with such paragraphs goes to review with <see cref="FlagCodes.OffTopic"/>.
/// </summary>
internal sealed class TopicalityScreen : IEssayScreen
{
    /// <summary>A paragraph whose on-topic share of specific weight is below this is about something else.</summary>
    internal const double OffTopicBelow = 0.4;

    /// <summary>Paragraphs shorter than this are too short to judge alone (a closing line, a heading-like sentence).</summary>
    private const int MinJudgedWords = 20;

    /// <summary>A paragraph is judged only when its specific words weigh at least this (about three rare words or names).</summary>
    private const double MinJudgedWeight = 25;

    public void Screen(EssayFacts facts, MarkingResources resources, ScreeningBoard board)
    {
        var topic = resources.Topic;
        var document = facts.Document;
        if (topic.IsEmpty || document.Paragraphs.Count == 0 || LanguageProfile.Of(document, resources.Vocabulary).IsNotEnglish)
        {
            return;
        }

        var offTopic = new List<(Paragraph Paragraph, double Share)>();
        var words = 0;
        var offTopicWords = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            if (board.IsExcluded(paragraph.Span))
            {
                continue;
            }

            words += paragraph.WordCount;
            var share = topic.Topicality(document, paragraph, resources.Vocabulary.IsFrameWord, out var weight);
            if (paragraph.WordCount >= MinJudgedWords && weight >= MinJudgedWeight && share < OffTopicBelow)
            {
                offTopic.Add((paragraph, share));
                offTopicWords += paragraph.WordCount;
                board.Exclude(
                    paragraph.Span,
                    ExclusionKind.OffTopic,
                    string.Create(CultureInfo.InvariantCulture, $"Paragraph {paragraph.Index + 1} is about something else: only {share:P0} of the weight of its specific words (names and rare words) belongs to the question's topic. Off-topic material earns nothing."));
            }
        }

        board.Set(SignalCatalog.RelevanceTopicality, words == 0 ? 0 : 1 - ((double)offTopicWords / words));
        if (offTopic.Count == 0)
        {
            return;
        }

        var which = string.Join(", ", offTopic.Take(6).Select(o => (o.Paragraph.Index + 1).ToString(CultureInfo.InvariantCulture)));
        var message = offTopicWords * 2 >= words
            ? $"The essay is mostly about something else: {offTopic.Count} of its paragraphs ({offTopicWords} of {words} words) are off the question's topic, whatever names they drop. They earned nothing."
            : $"Paragraph(s) {which} ({offTopicWords} of {words} words) are about something else than the question. They earned nothing.";
        board.Flag(FlagCodes.OffTopic, FlagKind.Advisory, message, document.Sentences[offTopic[0].Paragraph.FirstSentence].Span);
    }
}
