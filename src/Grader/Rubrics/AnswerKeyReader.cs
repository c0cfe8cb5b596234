using System.Globalization;
using System.Text.Json;
using Grader.Loading;

namespace Grader.Rubrics;

/// <summary>Reads and validates an answer-key JSON file, reporting every problem with its line and path.</summary>
internal static class AnswerKeyReader
{
    private static readonly string[] GazetteerKinds = ["person", "organisation", "treaty", "policy", "place", "event"];

    public static AnswerKey? Read(string fullPath, List<LoadProblem> problems) => Read(QuestionFiles.Disk, fullPath, problems);

    public static AnswerKey? Read(QuestionFiles source, string fullPath, List<LoadProblem> problems)
    {
        var root = JsonSourceLoader.Load(source, fullPath, "answer key", problems);
        if (root is null)
        {
            return null;
        }

        var fields = new JsonFieldReader(fullPath, problems);
        if (!fields.IsObject(root, "the answer key"))
        {
            return null;
        }

        var before = problems.Count;
        fields.RejectUnknownFields(root, "keyPoints", "timeline", "misconceptions", "gazetteer", "alternativeFactors");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var keyPoints = new List<KeyPoint>();
        foreach (var node in Objects(fields, root, "keyPoints", "a key point"))
        {
            fields.RejectUnknownFields(node, "id", "text");
            var id = UniqueId(fields, node, ids);
            var text = fields.String(node, "text", true, "\"The first point a good answer makes …\"");
            if (id is not null && text is not null)
            {
                keyPoints.Add(new KeyPoint(id, text));
            }
        }

        var timeline = new List<TimelineEvent>();
        foreach (var node in Objects(fields, root, "timeline", "a timeline event"))
        {
            timeline.AddIfNotNull(ReadEvent(fields, node, ids));
        }

        var misconceptions = new List<Misconception>();
        foreach (var node in Objects(fields, root, "misconceptions", "a misconception"))
        {
            misconceptions.AddIfNotNull(ReadMisconception(fields, node, ids));
        }

        var gazetteer = new List<GazetteerEntry>();
        foreach (var node in Objects(fields, root, "gazetteer", "a gazetteer entry"))
        {
            fields.RejectUnknownFields(node, "name", "kind", "variants");
            var name = fields.String(node, "name", true, "\"Marie Curie\"");
            var kind = fields.String(node, "kind", true, "\"person\"");
            if (kind is not null && Array.IndexOf(GazetteerKinds, kind) < 0)
            {
                fields.Problem(node.Property("kind")!, $"Unknown kind '{kind}': use one of {string.Join(", ", GazetteerKinds)}.");
            }

            var variants = fields.Strings(node, "variants", false);
            if (name is not null && kind is not null)
            {
                gazetteer.Add(new GazetteerEntry(name, kind, variants));
            }
        }

        var factors = new List<AlternativeFactor>();
        foreach (var node in Objects(fields, root, "alternativeFactors", "an alternative factor"))
        {
            fields.RejectUnknownFields(node, "id", "name", "terms");
            var id = UniqueId(fields, node, ids);
            var name = fields.String(node, "name", true, "\"Land reform\"");
            var terms = fields.Strings(node, "terms", true, 1);
            if (id is not null && name is not null)
            {
                factors.Add(new AlternativeFactor(id, name, terms));
            }
        }

        return problems.Count > before ? null : new AnswerKey(keyPoints, timeline, misconceptions, gazetteer, factors);
    }

    private static IEnumerable<JsonSourceNode> Objects(JsonFieldReader fields, JsonSourceNode root, string field, string what)
    {
        foreach (var node in fields.Array(root, field, false))
        {
            if (fields.IsObject(node, what))
            {
                yield return node;
            }
        }
    }

    private static string? UniqueId(JsonFieldReader fields, JsonSourceNode node, HashSet<string> ids)
    {
        var id = fields.String(node, "id", true, "\"first-event\"");
        if (id is not null && !ids.Add(id))
        {
            fields.Problem(node.Property("id")!, $"Id '{id}' is used twice in this answer key: ids must be unique.");
        }

        return id;
    }

    private static TimelineEvent? ReadEvent(JsonFieldReader fields, JsonSourceNode node, HashSet<string> ids)
    {
        fields.RejectUnknownFields(node, "id", "event", "terms", "year", "lastYear", "date", "otherYears");
        var id = UniqueId(fields, node, ids);
        var description = fields.String(node, "event", true, "\"What happened\"");
        var terms = fields.Strings(node, "terms", true, 1);
        var year = fields.Integer(node, "year", true, 1, 2999, "1950");
        var lastYear = fields.Integer(node, "lastYear", false, 1, 2999) ?? year;
        var date = fields.String(node, "date", false);
        var day = default(DateOnly);
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            fields.Problem(node.Property("date")!, $"'date' must be an ISO date such as \"1950-02-14\", found \"{date}\".");
        }
        else if (date is not null && year is not null && (day.Year < year || day.Year > lastYear))
        {
            fields.Problem(node.Property("date")!, $"'date' ({date}) is not within the event's own years ({year}{(lastYear == year ? "" : $"–{lastYear}")}): fix the date or the years.");
        }

        if (year is not null && lastYear < year)
        {
            fields.Problem(node, $"'lastYear' ({lastYear}) is before 'year' ({year}): give the year the event ended, or remove 'lastYear' for an event within one year.");
        }

        var otherYears = new List<int>();
        foreach (var item in fields.Array(node, "otherYears", false))
        {
            if (item.Kind == JsonValueKind.Number && item.Number == Math.Floor(item.Number) && item.Number is >= 1 and <= 2999)
            {
                otherYears.Add((int)item.Number);
            }
            else
            {
                fields.Problem(item, "Each item of 'otherYears' must be a year such as 1957.");
            }
        }

        return id is null || description is null || year is null || lastYear is null
            ? null
            : new TimelineEvent(id, description, terms, year.Value, lastYear.Value, date, otherYears);
    }

    private static Misconception? ReadMisconception(JsonFieldReader fields, JsonSourceNode node, HashSet<string> ids)
    {
        fields.RejectUnknownFields(node, "id", "claim", "allOf", "noneOf", "withYearIn", "correction");
        var id = UniqueId(fields, node, ids);
        var claim = fields.String(node, "claim", true, "\"A wrong claim scripts make\"");
        var correction = fields.String(node, "correction", true, "\"What is true instead.\"");
        var groups = new List<IReadOnlyList<string>>();
        foreach (var group in fields.Array(node, "allOf", true, 1))
        {
            if (group.Kind != JsonValueKind.Array || group.Items.Count == 0)
            {
                fields.Problem(group, "Each item of 'allOf' must be a non-empty array of alternative phrases, such as [\"amnesty\"].");
                continue;
            }

            var phrases = new List<string>();
            foreach (var phrase in group.Items)
            {
                if (phrase.Kind == JsonValueKind.String && !string.IsNullOrWhiteSpace(phrase.String))
                {
                    phrases.Add(phrase.String!.Trim());
                }
                else
                {
                    fields.Problem(phrase, "Each phrase must be a non-empty string.");
                }
            }

            groups.Add(phrases);
        }

        var noneOf = fields.Strings(node, "noneOf", false);
        YearRange? withYearIn = null;
        if (node.Property("withYearIn") is { } range && fields.IsObject(range, "'withYearIn'"))
        {
            fields.RejectUnknownFields(range, "from", "to");
            var from = fields.Integer(range, "from", true, 1, 2999, "1900");
            var to = fields.Integer(range, "to", true, 1, 2999, "1957");
            if (from > to)
            {
                fields.Problem(range, $"'withYearIn' runs backwards ({from} to {to}): 'from' must not be after 'to'.");
            }
            else if (from is not null && to is not null)
            {
                withYearIn = new YearRange(from.Value, to.Value);
            }
        }

        return id is null || claim is null || correction is null ? null : new Misconception(id, claim, groups, noneOf, withYearIn, correction);
    }

    private static void AddIfNotNull<T>(this List<T> list, T? item)
        where T : class
    {
        if (item is not null)
        {
            list.Add(item);
        }
    }
}
