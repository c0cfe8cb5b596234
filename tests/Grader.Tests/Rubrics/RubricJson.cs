namespace Grader.Tests.Rubrics;

/// <summary>Small rubric texts for loading tests: one valid rubric, and pieces to build variants of it.</summary>
internal static class RubricJson
{
    /// <summary>A minimal valid rubric with one 4-mark criterion, optionally with extra top-level fields (each ending in a comma).</summary>
    public static string Minimal(string extraFields = "", string criteria = DefaultCriteria) => $$"""
        {
          {{extraFields}}
          "id": "mini",
          "question": "How far was the Soviet Union crucial to the early PRC?",
          "period": { "from": 1949, "to": 1956 },
          "subject": { "name": "the Soviet Union", "terms": ["Soviet Union", "USSR"] },
          "length": { "guideMin": 100, "guideMax": 200, "tooShortBelow": 50 },
          "criteria": [
        {{criteria}}
          ]
        }
        """;

    public const string DefaultCriteria = """
            {
              "id": "judgement",
              "max": 4,
              "signals": [ { "signal": "judgement.thesis", "weight": 1 } ],
              "levels": [
                { "level": 0, "minMark": 0, "maxMark": 0, "descriptor": "No judgement." },
                { "level": 1, "minMark": 1, "maxMark": 2, "descriptor": "Some judgement." },
                { "level": 2, "minMark": 3, "maxMark": 4, "descriptor": "Sustained judgement." }
              ]
            }
        """;

    /// <summary>A criterion with the given levels (one JSON object per line) and a max of <paramref name="max"/>.</summary>
    public static string Criterion(int max, params string[] levels) => $$"""
            {
              "id": "judgement",
              "max": {{max}},
              "signals": [ { "signal": "judgement.thesis", "weight": 1 } ],
              "levels": [
                {{string.Join(",\n            ", levels)}}
              ]
            }
        """;

    public static string Level(int level, int min, int max) =>
        $$"""{ "level": {{level}}, "minMark": {{min}}, "maxMark": {{max}}, "descriptor": "Level {{level}}." }""";
}
