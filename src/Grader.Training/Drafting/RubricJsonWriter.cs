using System.Text.Json;
using Grader.Rubrics;

namespace Grader.Drafting;

/// <summary>Writes a rubric as the JSON the rubric reader takes, in the bundled rubric's field order; file paths as given in <see cref="Rubric.Files"/>.</summary>
internal static class RubricJsonWriter
{
    public static byte[] Write(Rubric rubric) => DraftJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", rubric.Id);
        writer.WriteString("title", rubric.Title);
        writer.WriteString("question", rubric.Question);
        if (rubric.Period is { } period)
        {
            writer.WriteStartObject("period");
            writer.WriteNumber("from", period.From);
            writer.WriteNumber("to", period.To);
            writer.WriteEndObject();
        }

        if (rubric.Subject is { } subject)
        {
            Terms(writer, "subject", subject);
        }
        if (rubric.KeyConcept.Terms.Count > 0)
        {
            Terms(writer, "keyConcept", rubric.KeyConcept);
        }

        DraftJson.Strings(writer, "topicTerms", rubric.TopicTerms);
        writer.WriteStartObject("length");
        writer.WriteNumber("guideMin", rubric.Length.GuideMin);
        writer.WriteNumber("guideMax", rubric.Length.GuideMax);
        writer.WriteNumber("tooShortBelow", rubric.Length.TooShortBelow);
        writer.WriteEndObject();
        if (rubric.Files.AnswerKey is { } answerKey)
        {
            writer.WriteString("answerKey", answerKey);
        }

        if (rubric.Files.ModelEssay is { } modelEssay)
        {
            writer.WriteString("modelEssay", modelEssay);
        }

        if (rubric.Files.Exemplars.Count > 0)
        {
            DraftJson.Strings(writer, "exemplars", rubric.Files.Exemplars);
        }

        writer.WriteString("similarityModel", rubric.Files.SimilarityModel);
        writer.WriteStartArray("bands");
        foreach (var band in rubric.Bands)
        {
            writer.WriteStartObject();
            writer.WriteString("name", band.Name);
            writer.WriteNumber("minMark", band.MinMark);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("criteria");
        foreach (var criterion in rubric.Criteria)
        {
            Criterion(writer, criterion);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void Terms(Utf8JsonWriter writer, string name, TermList terms)
    {
        writer.WriteStartObject(name);
        writer.WriteString("name", terms.Name);
        DraftJson.Strings(writer, "terms", terms.Terms);
        writer.WriteEndObject();
    }

    private static void Criterion(Utf8JsonWriter writer, Criterion criterion)
    {
        writer.WriteStartObject();
        writer.WriteString("id", criterion.Id);
        writer.WriteString("name", criterion.Name);
        writer.WriteString("section", criterion.Section);
        writer.WriteNumber("max", criterion.Max);
        writer.WriteString("rationale", criterion.Rationale);
        writer.WriteStartArray("signals");
        foreach (var signal in criterion.Signals)
        {
            writer.WriteStartObject();
            writer.WriteString("signal", signal.Signal);
            writer.WriteNumber("weight", signal.Weight);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("levels");
        foreach (var level in criterion.Levels)
        {
            writer.WriteStartObject();
            writer.WriteNumber("level", level.Level);
            writer.WriteString("name", level.Name);
            writer.WriteNumber("minMark", level.MinMark);
            writer.WriteNumber("maxMark", level.MaxMark);
            writer.WriteString("descriptor", level.Descriptor);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("caps");
        foreach (var cap in criterion.Caps)
        {
            writer.WriteStartObject();
            writer.WriteNumber("maxLevel", cap.MaxLevel);
            writer.WriteString("reason", cap.Reason);
            writer.WriteStartArray("when");
            foreach (var condition in cap.When)
            {
                writer.WriteStartObject();
                writer.WriteString("signal", condition.Signal);
                if (condition.Below is { } below)
                {
                    writer.WriteNumber("below", below);
                }

                if (condition.AtLeast is { } atLeast)
                {
                    writer.WriteNumber("atLeast", atLeast);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
