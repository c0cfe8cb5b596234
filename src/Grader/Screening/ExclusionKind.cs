namespace Grader.Screening;

/// <summary>Why a passage earns nothing. Each kind has its flag code and its wording in <see cref="ExclusionKinds"/>.</summary>
internal enum ExclusionKind : byte
{
    /// <summary>Instructions to the marker or to a machine, markup or a payload.</summary>
    AddressedToMarker,

    /// <summary>A list of names, dates or keywords written as prose.</summary>
    List,

    /// <summary>A sentence that repeats an earlier one, or a paragraph that repeats an earlier paragraph.</summary>
    Repetition,

    /// <summary>Sentences built on one skeleton with the slots filled differently, or empty padding.</summary>
    Template,

    /// <summary>Text copied from the model essay, even when reworded.</summary>
    Copied,

    /// <summary>A paragraph about something other than the question.</summary>
    OffTopic,

    /// <summary>Words that do not make sentences (word salad).</summary>
    Incoherent,

    /// <summary>A paragraph wholly outside the question's period, in an essay mostly about another time: context at most.</summary>
    OutOfPeriod,

    /// <summary>A sentence that only restates the question, in an essay caught gaming.</summary>
    QuestionEcho,
}
