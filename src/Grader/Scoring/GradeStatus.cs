using System.Text.Json.Serialization;

namespace Grader.Scoring;

/// <summary>Whether a grade can stand alone. In JSON: "ok", "review", "error".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GradeStatus>))]
public enum GradeStatus
{
    /// <summary>Marked; nothing suggests the engine should not be trusted alone.</summary>
    [JsonStringEnumMemberName("ok")]
    Ok,

    /// <summary>Marked, but an advisory flag says a person should look at it.</summary>
    [JsonStringEnumMemberName("review")]
    Review,

    /// <summary>Not marked: the input could not be marked (for example it is empty); see <see cref="GradeResult.Error"/>.</summary>
    [JsonStringEnumMemberName("error")]
    Error,
}
