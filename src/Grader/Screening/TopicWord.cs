namespace Grader.Screening;

/// <summary>
/// What <see cref="TopicProfile"/> makes of one word, whatever its place: whether it is a content word, its stem, its
/// rarity in general English (when the table knows it) and whether the reference texts or the question hold it.
/// Remembered per thread (<see cref="Collections.WordMemo{TValue}"/>).
/// </summary>
internal readonly record struct TopicWord(bool IsContent, ulong Stem, bool IsKnown, float Idf, bool InReference, bool InQuestion);
