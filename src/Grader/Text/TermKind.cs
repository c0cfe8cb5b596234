namespace Grader.Text;

/// <summary>What a word of a <see cref="TermSequence"/> is.</summary>
internal enum TermKind : byte
{
    /// <summary>A content word, stemmed: what a text is about.</summary>
    Content,

    /// <summary>A function word (the, of, was…): part of a sentence's shape, not of its content.</summary>
    Function,

    /// <summary>A number (a year, a sum): content that no paraphrase can change.</summary>
    Number,
}
