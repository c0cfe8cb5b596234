using System.Text.Encodings.Web;
using System.Text.Json;
using Grader.Rubrics;

namespace Grader.Calibration;

/// <summary>
/// The calibration file: UTF-8 JSON, <c>"format": "grader-calibration"</c> with a version, the rubric it was trained for
/// (id and fingerprint), the training facts, and every fitted part needed to apply it without retraining: the n-gram
/// vocabulary (terms, IDF, document frequencies), the character n-gram IDF, the mark-level similarity groups (sparse sums), the dense feature
/// names, the boosted trees, the ridge weights, the line on the engine total, the blend weights and the cut-points; then
/// (version 3) <c>"criterionModels"</c>, the same learned parts for each calibrated criterion. Version 2 files, which have
/// no criterion models, are read too. Written in a fixed order with round-trip numbers, so the same model gives the same
/// bytes.
/// </summary>
internal static class CalibrationFile
{
    public const string Format = "grader-calibration";

    /// <summary>Version 2 files (no criterion models) are read as they are.</summary>
    private const int OldestReadableVersion = 2;

    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(CalibrationModel model, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, Options);
        var featurizer = model.Total.Featurizer;
        writer.WriteStartObject();
        writer.WriteString("format", Format);
        writer.WriteNumber("version", CalibrationModel.FormatVersion);
        writer.WriteStartObject("rubric");
        writer.WriteString("id", model.RubricId);
        writer.WriteString("fingerprint", model.RubricFingerprint);
        writer.WriteNumber("maxMark", featurizer.MaxMark);
        writer.WriteStartArray("criteria");
        foreach (var id in featurizer.CriterionIds)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("bands");
        foreach (var band in model.Bands)
        {
            writer.WriteStartObject();
            writer.WriteString("name", band.Name);
            writer.WriteNumber("minMark", band.MinMark);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteNumber("seed", model.Seed);
        writer.WriteNumber("trainedOn", model.TrainedOn);
        WriteDouble(writer, "crossValidatedQwk", model.CrossValidatedQwk);

        writer.WriteStartObject("vocabulary");
        WriteStrings(writer, "terms", featurizer.Vocabulary.Terms);
        WriteFloats(writer, "idf", featurizer.Vocabulary.Idf);
        WriteInts(writer, "documentFrequency", featurizer.Vocabulary.DocumentFrequency);
        writer.WriteEndObject();

        writer.WriteStartObject("characterNgrams");
        writer.WriteNumber("minLength", CharacterNgrams.MinLength);
        writer.WriteNumber("maxLength", CharacterNgrams.MaxLength);
        writer.WriteNumber("buckets", CharacterNgrams.Buckets);
        writer.WritePropertyName("idf");
        WriteSparse(writer, featurizer.Characters.Idf);
        writer.WriteEndObject();

        WriteScorer(writer, model.Total);
        writer.WriteStartArray("criterionModels");
        foreach (var criterion in model.CriterionCalibrations)
        {
            writer.WriteStartObject();
            writer.WriteString("criterion", criterion.CriterionId);
            writer.WriteNumber("maxMark", criterion.Scorer.Max);
            writer.WriteNumber("trainedOn", criterion.TrainedOn);
            WriteDouble(writer, "crossValidatedQwk", criterion.CrossValidatedQwk);
            WriteScorer(writer, criterion.Scorer);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The learned parts for one mark: similarity groups, feature names, trees, ridge, line, blend and cut-points.</summary>
    private static void WriteScorer(Utf8JsonWriter writer, CalibrationScorer scorer)
    {
        writer.WriteStartObject("markGroups");
        WriteDoubles(writer, "centres", scorer.Featurizer.Centroids.Centres);
        writer.WriteStartArray("sums");
        foreach (var sum in scorer.Featurizer.Centroids.Sums)
        {
            WriteSparse(writer, sum);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        WriteStrings(writer, "denseFeatures", scorer.Featurizer.DenseNames);

        writer.WriteStartObject("trees");
        writer.WriteNumber("bias", scorer.Trees.Bias);
        writer.WriteStartArray("trees");
        foreach (var tree in scorer.Trees.Trees)
        {
            writer.WriteStartObject();
            writer.WriteNumber("weight", tree.Weight);
            WriteInts(writer, "feature", tree.Feature);
            WriteFloats(writer, "threshold", tree.Threshold);
            WriteInts(writer, "left", tree.Left);
            WriteInts(writer, "right", tree.Right);
            WriteDoubles(writer, "leaf", tree.Leaf);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();

        var linear = scorer.Linear;
        writer.WriteStartObject("ridge");
        writer.WriteNumber("bias", linear.Bias);
        writer.WriteNumber("labelMean", linear.LabelMean);
        writer.WriteNumber("labelScale", linear.LabelScale);
        WriteDoubles(writer, "means", linear.Means);
        WriteDoubles(writer, "scales", linear.Scales);
        WriteFloats(writer, "denseWeights", linear.DenseWeights);
        writer.WritePropertyName("ngramWeights");
        WriteSparse(writer, linear.SparseWeights);
        writer.WritePropertyName("characterWeights");
        WriteSparse(writer, linear.CharacterWeights);
        writer.WriteEndObject();

        writer.WriteStartObject("engineLine");
        writer.WriteNumber("intercept", scorer.Line.Intercept);
        writer.WriteNumber("slope", scorer.Line.Slope);
        writer.WriteEndObject();
        writer.WriteStartObject("blend");
        writer.WriteNumber("trees", scorer.Weights.Trees);
        writer.WriteNumber("ridge", scorer.Weights.Ridge);
        writer.WriteNumber("engineLine", scorer.Weights.Line);
        writer.WriteEndObject();
        WriteDoubles(writer, "cutPoints", scorer.CutPoints.Thresholds);
    }

    public static CalibrationModel Read(Stream stream)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"This is not a calibration file (it is not valid JSON: {exception.Message}). Make one with 'grader calibrate … --save <file>'.", exception);
        }

        using (document)
        {
            try
            {
                return Read(document.RootElement);
            }
            catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException or ArgumentException)
            {
                throw new InvalidDataException($"The calibration file is damaged or incomplete ({exception.Message}). Make it again with 'grader calibrate … --save <file>'.", exception);
            }
        }
    }

    private static CalibrationModel Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.GetString() != Format)
        {
            throw new InvalidDataException($"This is not a calibration file (no \"format\": \"{Format}\"). Make one with 'grader calibrate … --save <file>'.");
        }

        var version = root.GetProperty("version").GetInt32();
        if (version is < OldestReadableVersion or > CalibrationModel.FormatVersion)
        {
            throw new InvalidDataException($"This calibration file has format version {version}; this grader reads versions {OldestReadableVersion} to {CalibrationModel.FormatVersion}. Train the calibration again with this grader.");
        }

        var rubric = root.GetProperty("rubric");
        var maxMark = rubric.GetProperty("maxMark").GetInt32();
        var criteria = Strings(rubric.GetProperty("criteria"));
        var bands = rubric.GetProperty("bands").EnumerateArray().Select(b => new Band(b.GetProperty("name").GetString()!, b.GetProperty("minMark").GetInt32())).ToArray();

        var vocabularyElement = root.GetProperty("vocabulary");
        var vocabulary = new NgramVocabulary(Strings(vocabularyElement.GetProperty("terms")), Floats(vocabularyElement.GetProperty("idf")), Ints(vocabularyElement.GetProperty("documentFrequency")));
        if (vocabulary.Idf.Length != vocabulary.Size || vocabulary.DocumentFrequency.Count != vocabulary.Size)
        {
            throw new FormatException("the vocabulary's terms, IDF and document frequencies differ in length");
        }

        var characterElement = root.GetProperty("characterNgrams");
        if (characterElement.GetProperty("minLength").GetInt32() != CharacterNgrams.MinLength
            || characterElement.GetProperty("maxLength").GetInt32() != CharacterNgrams.MaxLength
            || characterElement.GetProperty("buckets").GetInt32() != CharacterNgrams.Buckets)
        {
            throw new FormatException("its character n-grams are not the ones this grader computes");
        }

        var characters = new CharacterNgrams(Sparse(characterElement.GetProperty("idf"), CharacterNgrams.Buckets));
        var total = ReadScorer(root, criteria, vocabulary, characters, maxMark);
        var criterionModels = new List<CriterionCalibration>();
        if (root.TryGetProperty("criterionModels", out var criterionElements))
        {
            foreach (var element in criterionElements.EnumerateArray())
            {
                var id = element.GetProperty("criterion").GetString()!;
                if (!criteria.Contains(id, StringComparer.Ordinal) || criterionModels.Any(c => c.CriterionId == id))
                {
                    throw new FormatException($"it has a model for the criterion '{id}', which is not one of the rubric's or is there twice");
                }

                var criterionMax = element.GetProperty("maxMark").GetInt32();
                if (criterionMax < 1)
                {
                    throw new FormatException($"the criterion '{id}' is out of {criterionMax}");
                }

                criterionModels.Add(new CriterionCalibration(id, ReadScorer(element, criteria, vocabulary, characters, criterionMax), element.GetProperty("trainedOn").GetInt32(), ReadDouble(element, "crossValidatedQwk")));
            }
        }

        return new CalibrationModel(
            rubric.GetProperty("id").GetString()!,
            rubric.GetProperty("fingerprint").GetString()!,
            bands,
            root.GetProperty("seed").GetInt32(),
            root.GetProperty("trainedOn").GetInt32(),
            ReadDouble(root, "crossValidatedQwk"),
            total,
            criterionModels);
    }

    /// <summary>The learned parts for one mark out of <paramref name="maxMark"/>, over the file's shared vocabularies.</summary>
    private static CalibrationScorer ReadScorer(JsonElement root, string[] criteria, NgramVocabulary vocabulary, CharacterNgrams characters, int maxMark)
    {
        var groups = root.GetProperty("markGroups");
        var centroids = new MarkLevelCentroids(Doubles(groups.GetProperty("centres")), groups.GetProperty("sums").EnumerateArray().Select(s => Sparse(s, vocabulary.Size)).ToArray());
        var featurizer = new CalibrationFeaturizer(criteria, maxMark, vocabulary, characters, centroids);
        var names = Strings(root.GetProperty("denseFeatures"));
        if (!names.SequenceEqual(featurizer.DenseNames, StringComparer.Ordinal))
        {
            throw new FormatException("its features are not the ones this grader computes");
        }

        var treesElement = root.GetProperty("trees");
        var trees = treesElement.GetProperty("trees").EnumerateArray().Select(t => new RegressionTree(
            Ints(t.GetProperty("feature")),
            Floats(t.GetProperty("threshold")),
            Ints(t.GetProperty("left")),
            Ints(t.GetProperty("right")),
            Doubles(t.GetProperty("leaf")),
            t.GetProperty("weight").GetDouble())).ToArray();
        foreach (var tree in trees)
        {
            if (tree.Feature.Any(f => f < 0 || f >= names.Length) || tree.Leaf.Length == 0)
            {
                throw new FormatException("a tree refers to a feature that does not exist");
            }
        }

        var ridge = root.GetProperty("ridge");
        var linear = new LinearScorer(
            ridge.GetProperty("bias").GetDouble(),
            Floats(ridge.GetProperty("denseWeights")),
            Sparse(ridge.GetProperty("ngramWeights"), vocabulary.Size),
            Sparse(ridge.GetProperty("characterWeights"), CharacterNgrams.Buckets),
            Doubles(ridge.GetProperty("means")),
            Doubles(ridge.GetProperty("scales")),
            ridge.GetProperty("labelMean").GetDouble(),
            ridge.GetProperty("labelScale").GetDouble());
        if (linear.DenseWeights.Length != names.Length || linear.Means.Length != names.Length || linear.Scales.Length != names.Length)
        {
            throw new FormatException("the ridge weights do not match the features");
        }

        var cutPoints = Doubles(root.GetProperty("cutPoints"));
        if (cutPoints.Length != maxMark)
        {
            throw new FormatException($"it has {cutPoints.Length} cut-points for marks 0–{maxMark}");
        }

        return new CalibrationScorer(
            featurizer,
            new TreeEnsembleScorer(treesElement.GetProperty("bias").GetDouble(), trees),
            linear,
            new EngineLine(root.GetProperty("engineLine").GetProperty("intercept").GetDouble(), root.GetProperty("engineLine").GetProperty("slope").GetDouble()),
            new BlendWeights(root.GetProperty("blend").GetProperty("trees").GetDouble(), root.GetProperty("blend").GetProperty("ridge").GetDouble(), root.GetProperty("blend").GetProperty("engineLine").GetDouble()),
            new CutPoints(cutPoints));
    }

    private static void WriteDouble(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static double ReadDouble(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? double.NaN : element.GetProperty(name).GetDouble();

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteInts(Utf8JsonWriter writer, string name, IEnumerable<int> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteFloats(Utf8JsonWriter writer, string name, IEnumerable<float> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteDoubles(Utf8JsonWriter writer, string name, IEnumerable<double> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>A mostly-zero vector as [[index, value], …] of its non-zero entries.</summary>
    private static void WriteSparse(Utf8JsonWriter writer, float[] values)
    {
        writer.WriteStartArray();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] != 0)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(i);
                writer.WriteNumberValue(values[i]);
                writer.WriteEndArray();
            }
        }

        writer.WriteEndArray();
    }

    private static float[] Sparse(JsonElement element, int size)
    {
        var values = new float[size];
        foreach (var pair in element.EnumerateArray())
        {
            values[pair[0].GetInt32()] = pair[1].GetSingle();
        }

        return values;
    }

    private static string[] Strings(JsonElement element) => element.EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static int[] Ints(JsonElement element) => element.EnumerateArray().Select(e => e.GetInt32()).ToArray();

    private static float[] Floats(JsonElement element) => element.EnumerateArray().Select(e => e.GetSingle()).ToArray();

    private static double[] Doubles(JsonElement element) => element.EnumerateArray().Select(e => e.GetDouble()).ToArray();
}
