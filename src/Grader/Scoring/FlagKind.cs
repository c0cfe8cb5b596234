using System.Text.Json.Serialization;

namespace Grader.Scoring;

/// <summary>Whether a flag sends the essay to review or only informs. In JSON: "advisory", "informational".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FlagKind>))]
public enum FlagKind
{
    /// <summary>The engine should not be trusted alone: the grade's status becomes <see cref="GradeStatus.Review"/>.</summary>
    [JsonStringEnumMemberName("advisory")]
    Advisory,

    /// <summary>Worth a marker's attention (a factual error, material outside the period) without doubting the grade.</summary>
    [JsonStringEnumMemberName("informational")]
    Informational,
}
