using Grader.Calibration;

namespace Grader.Training.Tests.Calibration;

public sealed class KernelRidgeTests
{
    /// <summary>Scripts whose mark is a straight line of two dense features (plus seeded noise), with word and character vectors of their text.</summary>
    private static (List<CalibrationScript> Scripts, double[][] Dense, double[] Targets, NgramVocabulary Vocabulary) Sample()
    {
        var random = new Random(3);
        var words = new[] { "wind", "mast", "dock", "steel", "height", "safety", "hydrogen", "law", "weather", "builders" };
        var scripts = new List<CalibrationScript>();
        var targets = new List<double>();
        var dense = new List<double[]>();
        for (var i = 0; i < 40; i++)
        {
            var a = random.NextDouble();
            var b = random.NextDouble();
            var text = string.Join(' ', Enumerable.Range(0, 6 + random.Next(6)).Select(_ => words[random.Next(words.Length)]));
            var mark = (3 * a) - b + (0.05 * (random.NextDouble() - 0.5));
            var script = new CalibrationScript(i.ToString(System.Globalization.CultureInfo.InvariantCulture), text, [new MarkedScript("x", text, 0, new Dictionary<string, int>())])
            {
                Tokens = TokenizedText.Of(text),
            };
            dense.Add([a, b, random.NextDouble()]);
            scripts.Add(script);
            targets.Add(mark);
        }

        var vocabulary = NgramVocabulary.Fit(scripts.Select(s => s.Tokens).ToArray(), 100);
        var characters = CharacterNgrams.Fit(scripts.Select(s => s.Tokens).ToArray());
        foreach (var script in scripts)
        {
            script.Ngrams = vocabulary.Vectorize(script.Tokens.Tokens);
            script.Characters = characters.Vectorize(script.Text);
        }

        return (scripts, dense.ToArray(), targets.ToArray(), vocabulary);
    }

    private static RidgeInputs Inputs(List<CalibrationScript> scripts, double[][] dense) =>
        RidgeInputs.Of(dense, scripts.Select(s => s.Ngrams).ToArray(), scripts.Select(s => s.Characters).ToArray());

    [Fact]
    public void FitPath_ALinearMark_IsLearnedClosely()
    {
        var (scripts, dense, targets, _) = Sample();
        var inputs = Inputs(scripts, dense);
        var gram = inputs.Gram();
        var train = Enumerable.Range(0, 30).ToArray();

        var model = KernelRidge.FitPath(gram, train, targets, [10, 0.1])[^1];

        var errors = Enumerable.Range(30, 10).Select(i => Math.Abs(model.Predict(gram, i) - targets[i])).ToArray();
        Assert.True(errors.Max() < 0.5, $"largest held-out error {errors.Max():0.000}");
        Assert.Equal(0, model.Alpha.Sum(), 6);
    }

    [Fact]
    public void ToLinearScorer_GivesTheDualModelsPredictions()
    {
        var (scripts, dense, targets, vocabulary) = Sample();
        var inputs = Inputs(scripts, dense);
        var gram = inputs.Gram();
        var train = Enumerable.Range(0, 30).ToArray();
        var model = KernelRidge.FitPath(gram, train, targets, [3])[0];

        var linear = inputs.ToLinearScorer(model, vocabulary.Size);

        for (var i = 30; i < 40; i++)
        {
            Assert.Equal(model.Predict(gram, i), linear.Predict(dense[i], scripts[i].Ngrams, scripts[i].Characters), 3);
        }
    }
}
