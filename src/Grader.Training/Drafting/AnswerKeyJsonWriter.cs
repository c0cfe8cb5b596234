using System.Text.Json;
using Grader.Rubrics;

namespace Grader.Drafting;

/// <summary>Writes an answer key as the JSON the answer-key reader takes, in the bundled key's field order.</summary>
internal static class AnswerKeyJsonWriter
{
    public static byte[] Write(AnswerKey key) => DraftJson.Write(writer =>
    {
        writer.WriteStartObject();
        DraftJson.Objects(writer, "keyPoints", key.KeyPoints, static (w, point) =>
        {
            w.WriteString("id", point.Id);
            w.WriteString("text", point.Text);
        });
        DraftJson.Objects(writer, "timeline", key.Timeline, TimelineEvent);
        DraftJson.Objects(writer, "misconceptions", key.Misconceptions, Misconception);
        DraftJson.Objects(writer, "gazetteer", key.Gazetteer, static (w, entry) =>
        {
            w.WriteString("name", entry.Name);
            w.WriteString("kind", entry.Kind);
            if (entry.Variants.Count > 0)
            {
                DraftJson.Strings(w, "variants", entry.Variants);
            }
        });
        DraftJson.Objects(writer, "alternativeFactors", key.AlternativeFactors, static (w, factor) =>
        {
            w.WriteString("id", factor.Id);
            w.WriteString("name", factor.Name);
            DraftJson.Strings(w, "terms", factor.Terms);
        });
        writer.WriteEndObject();
    });

    private static void TimelineEvent(Utf8JsonWriter writer, TimelineEvent item)
    {
        writer.WriteString("id", item.Id);
        writer.WriteString("event", item.Event);
        DraftJson.Strings(writer, "terms", item.Terms);
        writer.WriteNumber("year", item.Year);
        if (item.LastYear != item.Year)
        {
            writer.WriteNumber("lastYear", item.LastYear);
        }

        if (item.Date is { } date)
        {
            writer.WriteString("date", date);
        }

        if (item.OtherYears.Count > 0)
        {
            writer.WriteStartArray("otherYears");
            foreach (var year in item.OtherYears)
            {
                writer.WriteNumberValue(year);
            }

            writer.WriteEndArray();
        }
    }

    private static void Misconception(Utf8JsonWriter writer, Misconception misconception)
    {
        writer.WriteString("id", misconception.Id);
        writer.WriteString("claim", misconception.Claim);
        writer.WriteStartArray("allOf");
        foreach (var group in misconception.AllOf)
        {
            writer.WriteStartArray();
            foreach (var phrase in group)
            {
                writer.WriteStringValue(phrase);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        DraftJson.Strings(writer, "noneOf", misconception.NoneOf);
        if (misconception.WithYearIn is { } years)
        {
            writer.WriteStartObject("withYearIn");
            writer.WriteNumber("from", years.From);
            writer.WriteNumber("to", years.To);
            writer.WriteEndObject();
        }

        writer.WriteString("correction", misconception.Correction);
    }
}
