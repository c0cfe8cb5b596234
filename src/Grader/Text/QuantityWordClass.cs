namespace Grader.Text;

/// <summary>What a word after a number tells the search for the counted noun.</summary>
internal enum QuantityWordClass : byte
{
    /// <summary>An ordinary word: a modifier, or the counted noun if it looks plural.</summary>
    Ordinary,

    /// <summary>A function word, number word or month: the noun phrase has ended and nothing is counted.</summary>
    Break,

    /// <summary>A plural noun that does not end in "s": "men", "people", "aircraft".</summary>
    UnmarkedPlural,

    /// <summary>A word ending in "s" that is not a plural noun: "was", "perhaps", "politics".</summary>
    NotPlural,
}
