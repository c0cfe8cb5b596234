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
        DraftJson.Objects(writer, "bands", rubric.Bands, static (w, band) =>
        {
            w.WriteString("name", band.Name);
            w.WriteNumber("minMark", band.MinMark);
        });
        DraftJson.Objects(writer, "criteria", rubric.Criteria, Criterion);
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
        writer.WriteString("id", criterion.Id);
        writer.WriteString("name", criterion.Name);
        writer.WriteString("section", criterion.Section);
        writer.WriteNumber("max", criterion.Max);
        writer.WriteString("rationale", criterion.Rationale);
        DraftJson.Objects(writer, "signals", criterion.Signals, static (w, signal) =>
        {
            w.WriteString("signal", signal.Signal);
            w.WriteNumber("weight", signal.Weight);
        });
        DraftJson.Objects(writer, "levels", criterion.Levels, static (w, level) =>
        {
            w.WriteNumber("level", level.Level);
            w.WriteString("name", level.Name);
            w.WriteNumber("minMark", level.MinMark);
            w.WriteNumber("maxMark", level.MaxMark);
            w.WriteString("descriptor", level.Descriptor);
        });
        DraftJson.Objects(writer, "caps", criterion.Caps, static (w, cap) =>
        {
            w.WriteNumber("maxLevel", cap.MaxLevel);
            w.WriteString("reason", cap.Reason);
            DraftJson.Objects(w, "when", cap.When, static (cw, condition) =>
            {
                cw.WriteString("signal", condition.Signal);
                if (condition.Below is { } below)
                {
                    cw.WriteNumber("below", below);
                }

                if (condition.AtLeast is { } atLeast)
                {
                    cw.WriteNumber("atLeast", atLeast);
                }
            });
        });
    }
}
