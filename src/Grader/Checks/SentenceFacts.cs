namespace Grader.Checks;

/// <summary>
/// What the checks need to know about one sentence, computed once: its cues, its stance (the mean strength of its
/// degree words, 0–1, or -1 when it has none) and how many specific items (dates, sums, counts, names) it holds.
/// </summary>
internal readonly record struct SentenceFacts(SentenceCues Cues, double Stance, int Specifics, int Years, int Entities)
{
    public bool Has(SentenceCues cue) => (Cues & cue) != 0;

    public bool IsAnalytic => (Cues & (SentenceCues.Explanation | SentenceCues.Evaluation | SentenceCues.Degree | SentenceCues.Concession)) != 0;

    public bool LinksToQuestion => (Cues & (SentenceCues.Subject | SentenceCues.KeyConcept | SentenceCues.QuestionEcho)) != 0;
}
