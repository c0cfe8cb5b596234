using System.Text.Json.Serialization;

namespace Grader.Scoring;

/// <summary>Whether a reason earned marks, cost marks, or only explains. In JSON: "earned", "cost", "note".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReasonEffect>))]
public enum ReasonEffect
{
    /// <summary>Something found that earned marks.</summary>
    [JsonStringEnumMemberName("earned")]
    Earned,

    /// <summary>Something missing or wrong that cost marks.</summary>
    [JsonStringEnumMemberName("cost")]
    Cost,

    /// <summary>An explanation that neither earned nor cost marks.</summary>
    [JsonStringEnumMemberName("note")]
    Note,
}
