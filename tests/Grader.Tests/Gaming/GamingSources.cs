using Grader.Rubrics;
using Grader.Tests.Support;

namespace Grader.Tests.Gaming;

/// <summary>
/// Everything the gaming families build from: the bundled question's rubric and answer key (read at run time), the
/// model essay's prose, the bundled sample scripts, the test essays (Essays/*.txt), the honest essays (Essays/Honest)
/// and the gaming source material (Essays/Gaming).
/// </summary>
internal sealed class GamingSources
{
    /// <summary>The source id of the model essay's prose.</summary>
    public const string ModelEssayId = "model-essay";

    private static readonly Lazy<GamingSources> BundledSources = new(Load);

    private readonly Dictionary<string, string> scripts;

    private GamingSources(Rubric rubric, AnswerKey answerKey, GamingSource modelEssay, Dictionary<string, string> scripts)
    {
        Rubric = rubric;
        AnswerKey = answerKey;
        ModelEssay = modelEssay;
        this.scripts = scripts;
    }

    public static GamingSources Bundled => BundledSources.Value;

    public Rubric Rubric { get; }

    public AnswerKey AnswerKey { get; }

    /// <summary>The model essay's prose (the seed file without its title, question and plan): what a copier copies.</summary>
    public GamingSource ModelEssay { get; }

    public static string EssaysFolder => Path.Combine(AppContext.BaseDirectory, "Essays");

    public static IReadOnlyList<string> HonestNames() =>
        Directory.EnumerateFiles(Path.Combine(EssaysFolder, "Honest"), "*.txt")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Twelve good answers (the model essay, strong scripts, test essays, honest essays) to disorder.</summary>
    public IReadOnlyList<GamingSource> GoodAnswers() =>
    [
        ModelEssay,
        Script("S001"),
        Script("S002"),
        Script("S003"),
        Script("S004"),
        Script("S006"),
        Fixture("strong-agree"),
        Fixture("strong-disagree"),
        Fixture("judgement-only-body"),
        Honest("strong-disagree-american"),
        Honest("long-paragraphs"),
        Honest("aid-grew-after-1953"),
    ];

    public GamingSource Script(string id) => new("script:" + id, scripts[id]);

    public GamingSource Fixture(string name) => new("essay:" + name, Essays.Read(name));

    public GamingSource Honest(string name) => new("honest:" + name, ReadFile("Honest", name));

    public GamingSource Material(string name) => new("material:" + name, ReadFile("Gaming", name));

    private static string ReadFile(string folder, string name) => File.ReadAllText(Path.Combine(EssaysFolder, folder, name + ".txt"));

    private static GamingSources Load()
    {
        var scheme = BundledScheme.Value;
        var seedParagraphs = Essays.Paragraphs(File.ReadAllText(RepositoryPaths.Seed));
        var prose = seedParagraphs.SkipWhile(paragraph => EssayText.WordCount(paragraph) < 60);
        var modelEssay = new GamingSource(ModelEssayId, Essays.Join(prose));
        var scripts = ScriptsCsv.Read().ToDictionary(row => row.Id, row => row.Text, StringComparer.Ordinal);
        return new GamingSources(scheme.Rubric, scheme.AnswerKey, modelEssay, scripts);
    }
}
