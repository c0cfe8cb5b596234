namespace Grader.Text;

/// <summary>What a token is made of.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters (possibly with digits or underscores).</summary>
    Word,

    /// <summary>Digits only.</summary>
    Number,

    /// <summary>Anything that is neither a letter nor a digit nor white space.</summary>
    Symbol,
}
