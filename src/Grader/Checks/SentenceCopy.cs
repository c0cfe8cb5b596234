using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// One essay sentence found copied: its index in <see cref="EssayDocument.Sentences"/> and span, the source it was
/// copied from ("the model essay", "exemplar 2"), the source sentence it matches, and how closely (1 − the word edit
/// distance over the longer of the two, after stemming, case and invisible characters are set aside: 1 is word for
/// word).
/// </summary>
internal sealed record SentenceCopy(int Sentence, TextSpan Span, string Source, string SourceSentence, double Similarity);
