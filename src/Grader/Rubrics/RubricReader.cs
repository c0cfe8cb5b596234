using System.Text.Json;
using Grader.Checks;
using Grader.Loading;

namespace Grader.Rubrics;

/// <summary>Reads and validates a rubric JSON file, reporting every problem with its line and path.</summary>
internal static class RubricReader
{
    /// <summary>Names a criterion id cannot have: the marks CSV's other columns, and 'mark' (its teacher column would be teacher_mark).</summary>
    private static readonly string[] ReservedIds = ["id", "status", "total", "max", "band", "engine_total", "flags", "error", "row", "mark"];

    private static readonly string[] TopFields =
        ["id", "title", "question", "responseType", "period", "subject", "keyConcept", "topicTerms", "length", "answerKey", "modelEssay", "similarityModel", "exemplars", "bands", "criteria"];

    /// <summary>
    /// Reads the rubric at <paramref name="path"/>. <paramref name="files"/> is set as soon as the file parses, even when
    /// the rubric has problems, so the caller can check the files it names in the same pass.
    /// </summary>
    public static Rubric? Read(string path, List<LoadProblem> problems, out RubricFiles? files) => Read(QuestionFiles.Disk, path, problems, out files);

    /// <summary>Reads the rubric at <paramref name="path"/> in <paramref name="source"/>; the files it names are looked for there too.</summary>
    public static Rubric? Read(QuestionFiles source, string path, List<LoadProblem> problems, out RubricFiles? files)
    {
        files = null;
        var fullPath = source.Normalize(path);
        var root = JsonSourceLoader.Load(source, fullPath, "rubric", problems);
        if (root is null)
        {
            return null;
        }

        var fields = new JsonFieldReader(fullPath, problems);
        if (!fields.IsObject(root, "the rubric"))
        {
            return null;
        }

        var before = problems.Count;
        fields.RejectUnknownFields(root, TopFields);
        var id = fields.String(root, "id", true, "\"my-question\"");
        var title = fields.String(root, "title", false) ?? id;
        var question = fields.String(root, "question", true, "\"How far …?\"");
        var responseType = ReadResponseType(fields, root);
        var period = ReadPeriod(fields, root);
        var subject = ReadTerms(fields, root, "subject");
        var keyConcept = ReadTerms(fields, root, "keyConcept");
        var topicTerms = fields.Strings(root, "topicTerms", false);
        var length = ReadLength(fields, root, responseType ?? ResponseType.Essay);
        var directory = source.DirectoryOf(fullPath);
        var answerKey = ReadFilePath(source, fields, root, "answerKey", directory);
        var modelEssay = ReadFilePath(source, fields, root, "modelEssay", directory);
        var exemplars = new List<string>();
        foreach (var node in fields.Array(root, "exemplars", false))
        {
            if (node.Kind == JsonValueKind.String && !string.IsNullOrWhiteSpace(node.String))
            {
                if (FullPath(source, fields, node, node.String!, directory) is { } exemplar)
                {
                    CheckFile(source, fields, node, "exemplar", exemplar);
                    exemplars.Add(exemplar);
                }
            }
            else
            {
                fields.Problem(node, "Each exemplar must be a file path (relative to the rubric).");
            }
        }

        var modelNode = root.Property("similarityModel");
        var modelName = fields.String(root, "similarityModel", false) ?? Path.GetFileNameWithoutExtension(fullPath) + ".similarity.json";
        var modelPath = FullPath(source, fields, modelNode ?? root, modelName, directory) ?? source.Resolve(directory, "similarity.model");
        var namedFiles = new[] { ("the rubric itself", (string?)fullPath), ("'answerKey'", answerKey), ("'modelEssay'", modelEssay) }.Concat(exemplars.Select(e => ("an exemplar", (string?)e)));
        foreach (var (what, named) in namedFiles)
        {
            if (string.Equals(named, modelPath, StringComparison.Ordinal))
            {
                fields.Problem(modelNode ?? root, $"'similarityModel' names {what} ({named}): 'grader train' would write the model over it. Give the model its own file name.");
            }
        }
        var hasPeriod = root.Property("period") is not null;
        var criteria = ReadCriteria(fields, root, signal => SignalRequirements.Problem(signal, hasPeriod, responseType ?? ResponseType.Essay));
        var everyCriterionRead = criteria.Count == (root.Property("criteria")?.Items.Count ?? 0);
        var bands = ReadBands(fields, root, everyCriterionRead ? criteria.Sum(c => c.Max) : int.MaxValue);
        files = new RubricFiles(fullPath, answerKey, modelEssay, modelPath, exemplars);

        if (problems.Count > before || id is null || question is null || responseType is null || length is null)
        {
            return null;
        }

        return new Rubric(
            id,
            title!,
            question,
            period,
            subject,
            keyConcept ?? new TermList("", []),
            topicTerms,
            length,
            criteria,
            bands,
            files)
        {
            ResponseType = responseType.Value,
        };
    }

    /// <summary>The 'responseType' field: "essay" (the default when it is absent) or "short-answer"; null with a problem when it is neither.</summary>
    private static ResponseType? ReadResponseType(JsonFieldReader fields, JsonSourceNode root)
    {
        var value = fields.String(root, "responseType", false);
        switch (value)
        {
            case null when root.Property("responseType") is null:
            case "essay":
                return ResponseType.Essay;
            case "short-answer":
                return ResponseType.ShortAnswer;
            case null:
                return null;
            default:
                fields.Problem(root.Property("responseType")!, $"Unknown 'responseType' \"{value}\": use \"essay\" (the default: an essay with an introduction, body paragraphs and a conclusion) or \"short-answer\" (one to a few sentences, all read as prose).");
                return null;
        }
    }

    private static YearRange? ReadPeriod(JsonFieldReader fields, JsonSourceNode root)
    {
        var node = root.Property("period");
        if (node is null)
        {
            return null;
        }

        if (!fields.IsObject(node, "the period"))
        {
            return null;
        }

        fields.RejectUnknownFields(node, "from", "to");
        var from = fields.Integer(node, "from", true, 1, 2999, "1900");
        var to = fields.Integer(node, "to", true, 1, 2999, "1950");
        if (from is null || to is null)
        {
            return null;
        }

        if (from > to)
        {
            fields.Problem(node, $"The period runs backwards ({from} to {to}): 'from' must not be after 'to'.");
            return null;
        }

        return new YearRange(from.Value, to.Value);
    }

    private static TermList? ReadTerms(JsonFieldReader fields, JsonSourceNode root, string field)
    {
        var node = root.Property(field);
        if (node is null)
        {
            return null;
        }

        if (!fields.IsObject(node, $"'{field}'"))
        {
            return null;
        }

        fields.RejectUnknownFields(node, "name", "terms");
        var name = fields.String(node, "name", true, "\"the question's subject\"");
        var terms = fields.Strings(node, "terms", true, 1);
        return name is null ? null : new TermList(name, terms);
    }

    /// <summary>The 'length' field; a short answer may leave it out and gets <see cref="LengthGuide.ShortAnswer"/>.</summary>
    private static LengthGuide? ReadLength(JsonFieldReader fields, JsonSourceNode root, ResponseType responseType)
    {
        var node = root.Property("length");
        if (node is null && responseType == ResponseType.ShortAnswer)
        {
            return LengthGuide.ShortAnswer;
        }

        if (node is null)
        {
            fields.Problem(root, "length", "Missing 'length': add the guide length in words, for example \"length\": { \"guideMin\": 600, \"guideMax\": 750, \"tooShortBelow\": 250 }.");
            return null;
        }

        if (!fields.IsObject(node, "'length'"))
        {
            return null;
        }

        fields.RejectUnknownFields(node, "guideMin", "guideMax", "tooShortBelow");
        var min = fields.Integer(node, "guideMin", true, 1, 100_000, "600");
        var max = fields.Integer(node, "guideMax", true, 1, 100_000, "750");
        var tooShort = fields.Integer(node, "tooShortBelow", true, 0, 100_000, "250");
        if (min is null || max is null || tooShort is null)
        {
            return null;
        }

        if (min > max)
        {
            fields.Problem(node, $"'guideMin' ({min}) is above 'guideMax' ({max}): swap them.");
            return null;
        }

        if (tooShort > min)
        {
            fields.Problem(node.Property("tooShortBelow")!, $"'tooShortBelow' ({tooShort}) is above 'guideMin' ({min}): every essay within the guide length would be flagged too short. Give a length below the guide, such as a third of it.");
            return null;
        }

        return new LengthGuide(min.Value, max.Value, tooShort.Value);
    }

    private static string? ReadFilePath(QuestionFiles source, JsonFieldReader fields, JsonSourceNode root, string field, string directory)
    {
        var relative = fields.String(root, field, false);
        if (relative is null)
        {
            return null;
        }

        var node = root.Property(field)!;
        var full = FullPath(source, fields, node, relative, directory);
        if (full is not null)
        {
            CheckFile(source, fields, node, $"'{field}'", full);
        }

        return full;
    }

    /// <summary>The full path of <paramref name="relative"/> (relative to the rubric's folder), or null with a problem when it is not a valid path.</summary>
    private static string? FullPath(QuestionFiles source, JsonFieldReader fields, JsonSourceNode node, string relative, string directory)
    {
        if (relative.AsSpan().IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            fields.Problem(node, $"'{relative.Replace("\0", "\\0", StringComparison.Ordinal)}' is not a valid path: it holds a character no file name may hold (such as NUL). Fix the path.");
            return null;
        }

        try
        {
            return source.Resolve(directory, relative);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            fields.Problem(node, $"'{relative}' is not a valid path ({exception.Message}). Fix the path.");
            return null;
        }
    }

    /// <summary>Records a problem when <paramref name="path"/> (named <paramref name="what"/>) is not an existing file.</summary>
    private static void CheckFile(QuestionFiles source, JsonFieldReader fields, JsonSourceNode node, string what, string path)
    {
        if (source.IsDirectory(path))
        {
            fields.Problem(node, $"{what} names the folder '{path}', not a file: name the file.");
        }
        else if (!source.Exists(path))
        {
            fields.Problem(node, $"{what} names '{path}', which does not exist: fix the path (it is relative to the rubric file) or remove it.");
        }
    }

    private static List<Band> ReadBands(JsonFieldReader fields, JsonSourceNode root, int maxMark)
    {
        var bands = new List<Band>();
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (root.Property("bands") is { Kind: JsonValueKind.Array, Items.Count: 0 } empty)
        {
            fields.Problem(empty, "'bands' is empty: list the bands from the highest to the lowest (the lowest with \"minMark\": 0), or remove the field to mark without bands.");
        }

        foreach (var node in fields.Array(root, "bands", false))
        {
            if (!fields.IsObject(node, "a band"))
            {
                continue;
            }

            fields.RejectUnknownFields(node, "name", "minMark");
            var name = fields.String(node, "name", true, "\"A\"");
            var min = fields.Integer(node, "minMark", true, 0, Math.Max(0, maxMark), "24");
            if (name is null || min is null)
            {
                continue;
            }

            if (!names.TryAdd(name, node.Line))
            {
                fields.Problem(node.Property("name")!, $"The band name '{name}' is used twice (first on line {names[name]}): give every band its own name.");
            }

            if (bands.Count > 0 && min >= bands[^1].MinMark)
            {
                fields.Problem(node, $"Bands must be listed from the highest to the lowest 'minMark'; {min} is not below {bands[^1].MinMark}.");
            }

            bands.Add(new Band(name, min.Value));
        }

        if (bands.Count > 0 && bands[^1].MinMark != 0)
        {
            fields.Problem(root.Property("bands")!, $"The lowest band must start at 0 so every total has a band; it starts at {bands[^1].MinMark}.");
        }

        return bands;
    }

    private static List<Criterion> ReadCriteria(JsonFieldReader fields, JsonSourceNode root, Func<string, string?> unusable)
    {
        var criteria = new List<Criterion>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in fields.Array(root, "criteria", true, 1))
        {
            if (!fields.IsObject(node, "a criterion"))
            {
                continue;
            }

            fields.RejectUnknownFields(node, "id", "name", "section", "max", "rationale", "signals", "levels", "caps");
            var id = fields.String(node, "id", true, "\"judgement\"");
            if (id is not null && !ids.Add(id))
            {
                fields.Problem(node.Property("id")!, $"Criterion id '{id}' is used twice: ids must be unique.");
            }

            if (id is not null && !IsIdentifier(id))
            {
                fields.Problem(node.Property("id")!, $"Criterion id '{id}' must be lower-case letters, digits, '-' or '_' (it becomes a CSV column).");
            }
            else if (id is not null && Array.IndexOf(ReservedIds, id) >= 0)
            {
                fields.Problem(node.Property("id")!, $"Criterion id '{id}' is taken: the marks CSV already has a '{id}' column (and a teacher's marks file 'teacher_mark'). Choose another id; these are taken: {string.Join(", ", ReservedIds)}.");
            }

            var name = fields.String(node, "name", false) ?? id;
            var section = fields.String(node, "section", false) ?? "";
            var max = fields.Integer(node, "max", true, 1, 1000, "7");
            var rationale = fields.String(node, "rationale", false) ?? "";
            var signals = ReadSignals(fields, node, unusable);
            var levels = max is null ? [] : ReadLevels(fields, node, max.Value);
            var caps = ReadCaps(fields, node, levels, unusable);
            if (id is not null && max is not null)
            {
                criteria.Add(new Criterion(id, name!, section, max.Value, rationale, signals, levels, caps));
            }
        }

        return criteria;
    }

    private static List<SignalWeight> ReadSignals(JsonFieldReader fields, JsonSourceNode criterion, Func<string, string?> unusable)
    {
        var signals = new List<SignalWeight>();
        foreach (var node in fields.Array(criterion, "signals", true, 1))
        {
            if (!fields.IsObject(node, "a signal weight"))
            {
                continue;
            }

            fields.RejectUnknownFields(node, "signal", "weight");
            var signal = ReadSignalName(fields, node, unusable);
            var weight = fields.Number(node, "weight", true, 0.000001, 1000, "1");
            if (signal is not null && weight is not null)
            {
                signals.Add(new SignalWeight(signal, weight.Value));
            }
        }

        return signals;
    }

    private static string? ReadSignalName(JsonFieldReader fields, JsonSourceNode node, Func<string, string?> unusable)
    {
        var signal = fields.String(node, "signal", true, "\"judgement.thesis\"");
        if (signal is not null && !SignalCatalog.IsKnown(signal))
        {
            fields.Problem(node.Property("signal")!, $"Unknown signal '{signal}'. Known signals: {string.Join(", ", SignalCatalog.Descriptions.Keys.Order(StringComparer.Ordinal))}.");
            return null;
        }

        if (signal is not null && unusable(signal) is { } problem)
        {
            fields.Problem(node.Property("signal")!, problem);
            return null;
        }

        return signal;
    }

    private static List<CriterionLevel> ReadLevels(JsonFieldReader fields, JsonSourceNode criterion, int max)
    {
        var levels = new List<CriterionLevel>();
        var levelsNode = criterion.Property("levels");
        foreach (var node in fields.Array(criterion, "levels", true, 1))
        {
            if (!fields.IsObject(node, "a level"))
            {
                continue;
            }

            fields.RejectUnknownFields(node, "level", "name", "minMark", "maxMark", "descriptor");
            var level = fields.Integer(node, "level", true, 0, 100, "5");
            var name = fields.String(node, "name", false);
            var min = fields.Integer(node, "minMark", true, 0, max, "6");
            var top = fields.Integer(node, "maxMark", true, 0, max, max.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var descriptor = fields.String(node, "descriptor", true, "\"Sustained judgement, closely argued…\"");
            if (min is not null && top is not null && min > top)
            {
                fields.Problem(node, $"'minMark' ({min}) is above 'maxMark' ({top}): swap them.");
                continue;
            }

            if (level is not null && min is not null && top is not null && descriptor is not null)
            {
                levels.Add(new CriterionLevel(level.Value, name ?? $"Level {level}", min.Value, top.Value, descriptor));
            }
        }

        if (levelsNode is null || levels.Count == 0)
        {
            return levels;
        }

        levels.Sort((a, b) => a.MinMark.CompareTo(b.MinMark));
        var expected = 0;
        for (var i = 0; i < levels.Count; i++)
        {
            if (levels[i].MinMark != expected)
            {
                fields.Problem(levelsNode, levels[i].MinMark > expected
                    ? $"The level bands leave marks {expected}–{levels[i].MinMark - 1} without a level: every mark from 0 to {max} needs exactly one level."
                    : $"Level {levels[i].Level} ({levels[i].MinMark}–{levels[i].MaxMark}) overlaps the level below it: every mark from 0 to {max} needs exactly one level.");
            }

            if (i > 0 && levels[i].Level <= levels[i - 1].Level)
            {
                fields.Problem(levelsNode, $"Level numbers must rise with the marks: level {levels[i].Level} ({levels[i].MinMark}–{levels[i].MaxMark}) is not above level {levels[i - 1].Level}.");
            }

            expected = levels[i].MaxMark + 1;
        }

        if (expected != max + 1)
        {
            fields.Problem(levelsNode, $"The top level ends at {expected - 1} but the criterion's 'max' is {max}: the bands must reach the maximum.");
        }

        return levels;
    }

    private static List<LevelCap> ReadCaps(JsonFieldReader fields, JsonSourceNode criterion, List<CriterionLevel> levels, Func<string, string?> unusable)
    {
        var caps = new List<LevelCap>();
        foreach (var node in fields.Array(criterion, "caps", false))
        {
            if (!fields.IsObject(node, "a cap"))
            {
                continue;
            }

            fields.RejectUnknownFields(node, "maxLevel", "when", "reason");
            var maxLevel = fields.Integer(node, "maxLevel", true, 0, 100, "2");
            if (maxLevel is not null && levels.Count > 0 && !levels.Exists(l => l.Level == maxLevel))
            {
                fields.Problem(node.Property("maxLevel")!, $"'maxLevel' {maxLevel} is not one of this criterion's levels ({string.Join(", ", levels.Select(l => l.Level))}).");
            }

            var reason = fields.String(node, "reason", true, "\"No judgement answering the question was found\"");
            var conditions = new List<SignalCondition>();
            foreach (var condition in fields.Array(node, "when", true, 1))
            {
                if (!fields.IsObject(condition, "a condition"))
                {
                    continue;
                }

                fields.RejectUnknownFields(condition, "signal", "below", "atLeast");
                var signal = ReadSignalName(fields, condition, unusable);
                var below = fields.Number(condition, "below", false, 0, 1);
                var atLeast = fields.Number(condition, "atLeast", false, 0, 1);
                if (below is null && atLeast is null && condition.Property("below") is null && condition.Property("atLeast") is null)
                {
                    fields.Problem(condition, "A condition needs 'below' or 'atLeast' (a signal value from 0 to 1).");
                }

                if (signal is not null)
                {
                    conditions.Add(new SignalCondition(signal, below, atLeast));
                }
            }

            if (maxLevel is not null && reason is not null)
            {
                caps.Add(new LevelCap(maxLevel.Value, conditions, reason));
            }
        }

        return caps;
    }

    private static bool IsIdentifier(string id)
    {
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-' || c == '_'))
            {
                return false;
            }
        }

        return id.Length > 0;
    }
}
