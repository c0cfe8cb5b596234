namespace Grader.Server;

/// <summary>
/// The command line of <c>grader serve</c> / <c>Grader.Server</c>: its own switches become configuration settings (so
/// appsettings.json, environment variables and the command line all set the same keys); everything else, such as
/// <c>--urls</c> or <c>--Server:MaxBatchItems=100</c>, goes to ASP.NET Core's command-line configuration as it is.
/// </summary>
internal sealed record ServerArguments(IReadOnlyList<KeyValuePair<string, string?>> Settings, IReadOnlyList<string> PassThrough, bool Help)
{
    public const string Usage =
        "grader serve [--question <name>=<rubric.json>]... [--rubric <rubric.json>] [--urls <url;url>] [--max-essay-length N]\n" +
        "             [--max-body-size BYTES] [--max-batch-size BYTES] [--require-saved-model] [--no-warm-up] [--<Section:Key>=<value>]...";

    private static readonly Dictionary<string, string> ValueSwitches = new(StringComparer.Ordinal)
    {
        ["--max-essay-length"] = "Grader:MaxEssayLength",
        ["--max-body-size"] = "Server:MaxRequestBodySize",
        ["--max-batch-size"] = "Server:MaxBatchBodySize",
    };

    private static readonly Dictionary<string, KeyValuePair<string, string?>> FlagSwitches = new(StringComparer.Ordinal)
    {
        ["--require-saved-model"] = new("Grader:RequireSavedSimilarityModel", "true"),
        ["--no-warm-up"] = new("Grader:WarmUp:Enabled", "false"),
    };

    /// <summary>The arguments, or null and <paramref name="error"/> saying what is wrong.</summary>
    public static ServerArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        var settings = new List<KeyValuePair<string, string?>>();
        var passThrough = new List<string>();
        var help = false;
        error = null;
        for (var i = 0; i < args.Count && error is null; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                help = true;
            }
            else if (FlagSwitches.TryGetValue(arg, out var flag))
            {
                settings.Add(flag);
            }
            else if (arg is "--question" or "--rubric" || ValueSwitches.ContainsKey(arg))
            {
                if (i + 1 >= args.Count)
                {
                    error = $"{arg} needs a value.";
                    break;
                }

                var value = args[++i];
                error = arg switch
                {
                    "--question" => AddQuestion(settings, value),
                    "--rubric" => AddQuestion(settings, $"{QuestionNameOf(value)}={value}"),
                    _ => AddNumber(settings, arg, ValueSwitches[arg], value),
                };
            }
            else
            {
                passThrough.Add(arg);
            }
        }

        return error is null ? new ServerArguments(settings, passThrough, help) : null;
    }

    /// <summary>The name a rubric given with <c>--rubric</c> is served under: its folder's name.</summary>
    public static string QuestionNameOf(string rubricPath) =>
        Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(rubricPath))) is { Length: > 0 } folder ? folder : "default";

    private static string? AddQuestion(List<KeyValuePair<string, string?>> settings, string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == value.Length - 1)
        {
            return $"--question takes <name>=<rubric.json>, for example --question soviet=data/soviet-union-prc/rubric.json; '{value}' is not of that form.";
        }

        settings.Add(new($"Grader:Questions:{value[..equals]}:Rubric", value[(equals + 1)..]));
        return null;
    }

    private static string? AddNumber(List<KeyValuePair<string, string?>> settings, string name, string key, string value)
    {
        if (!long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number < 1 || (key == "Grader:MaxEssayLength" && number > int.MaxValue))
        {
            return $"{name} takes a whole number of at least 1, not '{value}'.";
        }

        settings.Add(new(key, value));
        return null;
    }
}
