using System.Text;
using System.Text.Json;
using Grader.Cli;
using Grader.Cli.Console;
using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Commands;

public sealed class ExplainCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("grader-explain-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string RepositoryRoot() => RepositoryFiles.Root;

    private int Run(params string[] args) => GraderApp.Run(args, new CliConsole(_out, _error, false, RepositoryRoot()));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Explain_SeedWithBundledRubric_TextReportOnStdout()
    {
        var exit = Run("explain", "seeds/000_98c4dcf6fd94ba68.txt");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Sustained judgement [judgement]", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("[factual-error]", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_JsonFormat_HasStatusTotalMaxCriteriaAndFlags()
    {
        var exit = Run("explain", "seeds/000_98c4dcf6fd94ba68.txt", "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(_out.ToString());
        var root = json.RootElement;
        Assert.Equal("review", root.GetProperty("status").GetString());
        Assert.Equal(30, root.GetProperty("max").GetInt32());
        Assert.Equal(6, root.GetProperty("criteria").GetArrayLength());
        Assert.Contains(root.GetProperty("flags").EnumerateArray(), f => f.GetProperty("code").GetString() == "copied-model-essay");
    }

    [Fact]
    public void Explain_OneRowOfAnEssaysCsv_ExplainsThatScriptUnderItsId()
    {
        var exit = Run("explain", "data/soviet-union-prc/scripts.csv", "--id", "S011", "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(_out.ToString());
        Assert.Equal("S011", json.RootElement.GetProperty("id").GetString());
        Assert.Contains(json.RootElement.GetProperty("flags").EnumerateArray(), f => f.GetProperty("code").GetString() == "too-short");
    }

    [Theory]
    [InlineData("S999", "no row with the id 'S999' (its ids begin S001, S002")]
    [InlineData(null, "name the script to explain with --id")]
    public void Explain_CsvWithoutAUsableId_SaysWhichIdsThereAre(string? id, string message)
    {
        var exit = id is null ? Run("explain", "data/soviet-union-prc/scripts.csv") : Run("explain", "data/soviet-union-prc/scripts.csv", "--id", id);

        Assert.NotEqual(ExitCodes.Success, exit);
        Assert.Contains(message, _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_out.ToString());
    }

    [Fact]
    public void Explain_MissingFile_ClearErrorNoStackTrace()
    {
        var exit = Run("explain", Path.Combine(_directory, "nope.txt"));

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Contains("no such file", _error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_out.ToString());
    }

    [Fact]
    public void Explain_EmptyFile_ClearError()
    {
        var exit = Run("explain", Write("empty.txt", Encoding.UTF8.GetBytes("  \n\n ")));

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Contains("the essay is empty", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Windows1252File_IsReadAsSuchWithANoteUnlessUtf8IsGiven()
    {
        var path = Write("latin1.txt", [.. "Mao's caf"u8, 0xE9, .. " policy "u8, 0x96, .. " the Soviet Union was crucial."u8]);

        var detected = Run("explain", path, "--format", "json");
        var detectedError = _error.ToString();
        _error.GetStringBuilder().Clear();
        var forced = Run("explain", path, "--encoding", "utf-8");

        Assert.Equal(ExitCodes.Success, detected);
        Assert.Contains("note: latin1.txt: read as Windows-1252 (not valid UTF-8", detectedError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, forced);
        Assert.Contains("not valid UTF-8", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_EssayWithTerminalEscapeSequences_TextOutputShowsThemAsEscapes()
    {
        const string attack = "\u001B]0;owned\u0007\u001B[2J\u009B31m\u202Egnp.exe";
        var path = Write("escapes.txt", Encoding.UTF8.GetBytes($"The Soviet Union was crucial. {attack} Stalin signed the treaty in 1950.\n\nIn conclusion it was crucial."));

        var exit = Run("explain", path);

        Assert.Equal(ExitCodes.Success, exit);
        var text = _out.ToString();
        Assert.DoesNotContain('\u001B', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.DoesNotContain('\u009B', text);
        Assert.DoesNotContain('\u202E', text);
        Assert.Contains("\\x1B]0;owned\\x07\\x1B[2J\\x9B31m\\u202Egnp.exe", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_EssayOnStandardInput_IsRead()
    {
        var console = new CliConsole(_out, _error, false, RepositoryRoot()) { StandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes("The Soviet Union was crucial to China in 1950.")) };

        var exit = GraderApp.Run(["explain", "-", "--format", "json"], console);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("\"too-short\"", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Utf16WithByteOrderMark_IsRead()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("The Soviet Union was crucial to China in 1950.")).ToArray();

        var exit = Run("explain", Write("utf16.txt", bytes), "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("\"too-short\"", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_BrokenRubric_ListsEveryProblemWithItsLine()
    {
        var rubric = Write("rubric.json", Encoding.UTF8.GetBytes("{\n  \"id\": \"x\",\n  \"question\": 5,\n  \"criteria\": []\n}\n"));
        var essay = Write("essay.txt", Encoding.UTF8.GetBytes("An essay."));

        var exit = Run("explain", essay, "--rubric", rubric);

        Assert.Equal(ExitCodes.Failure, exit);
        var error = _error.ToString();
        Assert.Contains("rubric.json:3: $.question", error, StringComparison.Ordinal);
        Assert.Contains("$.length", error, StringComparison.Ordinal);
        Assert.Contains("$.criteria", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("explain")]
    [InlineData("explain", "a.txt", "--format", "xml")]
    [InlineData("explain", "a.txt", "--colour")]
    [InlineData("frobnicate")]
    public void Run_BadCommandLine_UsageExitCode(params string[] args)
    {
        Assert.Equal(ExitCodes.Usage, Run(args));
        Assert.NotEmpty(_error.ToString());
    }
}
