using Grader.Rubrics;

namespace Grader.Drafting;

/// <summary>Writes an answer key as the JSON the answer-key reader takes, in the bundled key's field order.</summary>
internal static class AnswerKeyJsonWriter
{
    public static byte[] Write(AnswerKey key) => DraftJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("keyPoints");
        foreach (var point in key.KeyPoints)
        {
            writer.WriteStartObject();
            writer.WriteString("id", point.Id);
            writer.WriteString("text", point.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("timeline");
        foreach (var item in key.Timeline)
        {
            writer.WriteStartObject();
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

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("misconceptions");
        foreach (var misconception in key.Misconceptions)
        {
            writer.WriteStartObject();
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
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("gazetteer");
        foreach (var entry in key.Gazetteer)
        {
            writer.WriteStartObject();
            writer.WriteString("name", entry.Name);
            writer.WriteString("kind", entry.Kind);
            if (entry.Variants.Count > 0)
            {
                DraftJson.Strings(writer, "variants", entry.Variants);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("alternativeFactors");
        foreach (var factor in key.AlternativeFactors)
        {
            writer.WriteStartObject();
            writer.WriteString("id", factor.Id);
            writer.WriteString("name", factor.Name);
            DraftJson.Strings(writer, "terms", factor.Terms);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
