namespace Grader.Scoring;

/// <summary>Whether a grade can stand alone.</summary>
public enum GradeStatus
{
    /// <summary>Marked; nothing suggests the engine should not be trusted alone.</summary>
    Ok,

    /// <summary>Marked, but an advisory flag says a person should look at it.</summary>
    Review,

    /// <summary>Not marked: the input could not be marked (for example it is empty); see <see cref="GradeResult.Error"/>.</summary>
    Error,
}
