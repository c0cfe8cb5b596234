namespace Grader.Screening;

/// <summary>
/// What <see cref="TopicProfile"/> makes of one word, whatever its place: whether it is a content word, its stem, its
/// rarity in general English (when the table knows it) and whether the reference texts or the question hold it.
/// Remembered per thread (<see cref="Collections.WordHashMemo{TValue}"/>); the fields are ordered widest first so the
/// struct takes 16 bytes and a memo entry 24.
/// </summary>
internal readonly record struct TopicWord(ulong Stem, float Idf, bool IsContent, bool IsKnown, bool InReference, bool InQuestion);
