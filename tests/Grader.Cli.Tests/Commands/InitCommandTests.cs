using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Commands;

public sealed class InitCommandTests : IDisposable
{
    private const string Question = "Why did the Berlin Wall fall in 1989?";

    private const string ModelEssay = """
        The Fall of the Berlin Wall

        The Berlin Wall fell on 9 November 1989 because the East German state had lost both its economic footing and the protection of the Soviet Union. Pressure from its own citizens then turned a bureaucratic mistake into the end of the border.

        The economy of the German Democratic Republic was failing long before 1989. By the middle of the 1980s the state was borrowing heavily from West German banks to pay for consumer goods, and its factories could not compete with those of the West.

        The decisive change came from Moscow. Mikhail Gorbachev became leader of the Soviet Union in March 1985 and began the reforms of glasnost and perestroika. In July 1989 he made clear that the Soviet Union would no longer use force to keep its allies in line, so Erich Honecker could not count on Soviet tanks.

        Hungary opened its border with Austria in May 1989, and thousands of East Germans escaped through it. The Monday demonstrations in Leipzig grew to more than seventy thousand people on 9 October 1989, and Honecker was forced to resign on 18 October 1989.

        The final trigger was an accident. Günter Schabowski announced new travel rules at a press conference on 9 November 1989 and said, wrongly, that they applied immediately. Crowds gathered at the checkpoints and the guards opened the gates.

        The Wall therefore fell because the Soviet Union had withdrawn its support and the economy had failed, while popular protest and the press conference decided the moment.
        """;

    private const string StrongAnswer = """
        The Berlin Wall fell in November 1989 mainly because Gorbachev's Soviet Union would no longer defend the East German regime, which had also run out of money.

        The East German economy was failing in the 1980s: it borrowed from West German banks and could not compete. People watched Western television and knew they were poorer.

        Gorbachev became Soviet leader in 1985 and brought glasnost and perestroika. In 1989 he refused to use force to keep the allies in line, so Honecker had no Soviet tanks behind him as in 1953.

        In May 1989 Hungary opened its border with Austria and thousands escaped. The Leipzig Monday demonstrations reached seventy thousand people in October 1989 and Honecker resigned on 18 October.

        On 9 November 1989 Schabowski announced at a press conference that the new travel rules applied immediately, by mistake, and the guards opened the gates when crowds came.

        So the Wall fell because Soviet support was withdrawn and the economy had failed; the protests and the press conference only decided when.
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("grader-init-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteModelEssay()
    {
        var path = Path.Combine(_directory, "model.txt");
        File.WriteAllText(path, ModelEssay);
        return path;
    }

    [Fact]
    public void Init_ModelEssay_DraftsAFolderThatMarksAndExplains()
    {
        var essay = WriteModelEssay();
        File.WriteAllText(Path.Combine(_directory, "strong.txt"), StrongAnswer);
        File.WriteAllText(Path.Combine(_directory, "weak.txt"), "The wall fell because people wanted it to. It was a bad wall and everybody hated it so they knocked it down.");

        var init = CliRun.In(_directory, "init", "--question", Question, "--model-essay", essay, "--template", "history-essay", "--out", "berlin");
        var rubric = Path.Combine(_directory, "berlin", "rubric.json");
        var strong = CliRun.In(_directory, "explain", "strong.txt", "--rubric", rubric);
        var markCsv = Path.Combine(_directory, "answers.csv");
        File.WriteAllText(markCsv, "id,text\nstrong,\"" + StrongAnswer.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"\nweak,The wall fell because people wanted it to. It was a bad wall and everybody hated it so they knocked it down.\n");
        var batch = CliRun.In(_directory, "mark", markCsv, "--rubric", rubric, "--quiet");

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        Assert.Contains("Drafted", init.Out, StringComparison.Ordinal);
        foreach (var file in new[] { "rubric.json", "answer-key.json", "model-essay.txt", "similarity.model", "DRAFT-NOTES.md" })
        {
            Assert.True(File.Exists(Path.Combine(_directory, "berlin", file)), file);
        }

        Assert.Contains("model-essay.txt:", File.ReadAllText(Path.Combine(_directory, "berlin", "DRAFT-NOTES.md")), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, strong.ExitCode);
        Assert.Contains("Total ", strong.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, batch.ExitCode);
        var rows = batch.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = rows[0].Split(',');
        var total = Array.IndexOf(header, "total");
        var strongTotal = int.Parse(rows[1].Split(',')[total], System.Globalization.CultureInfo.InvariantCulture);
        var weakTotal = int.Parse(rows[2].Split(',')[total], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(strongTotal > weakTotal + 5, $"strong {strongTotal}, weak {weakTotal}");
    }

    [Fact]
    public void Init_FolderHoldingFiles_RefusesAndWritesNothingUnlessForced()
    {
        var essay = WriteModelEssay();
        var folder = Path.Combine(_directory, "taken");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        var refused = CliRun.In(_directory, "init", "--question", Question, "--model-essay", essay, "--out", folder);
        var filesAfterRefusal = Directory.GetFiles(folder).Length;
        var forced = CliRun.In(_directory, "init", "--question", Question, "--model-essay", essay, "--out", folder, "--force");

        Assert.Equal(ExitCodes.Failure, refused.ExitCode);
        Assert.Contains("already exists and holds files", refused.Error, StringComparison.Ordinal);
        Assert.Equal(1, filesAfterRefusal);
        Assert.Equal(ExitCodes.Success, forced.ExitCode);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "notes.txt")));
        Assert.True(File.Exists(Path.Combine(folder, "rubric.json")));
    }

    [Fact]
    public void Init_EmptyModelEssayOrUnknownTemplate_ClearErrorNoStackTrace()
    {
        var empty = Path.Combine(_directory, "empty.txt");
        File.WriteAllText(empty, "  \n");

        var emptyRun = CliRun.In(_directory, "init", "--question", Question, "--model-essay", empty, "--out", "q1");
        var templateRun = CliRun.In(_directory, "init", "--question", Question, "--model-essay", WriteModelEssay(), "--template", "poetry", "--out", "q2");

        Assert.Equal(ExitCodes.Failure, emptyRun.ExitCode);
        Assert.Contains("the model essay is empty", emptyRun.Error, StringComparison.Ordinal);
        Assert.NotEqual(ExitCodes.Success, templateRun.ExitCode);
        Assert.Contains("--template must be one of", templateRun.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", emptyRun.Error + templateRun.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_directory, "q1")));
    }
}
