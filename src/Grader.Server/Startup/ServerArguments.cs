using System.Globalization;

namespace Grader.Server;

/// <summary>
/// The command line of <c>grader serve</c> / <c>Grader.Server</c>: its own switches become configuration settings (so
/// appsettings.json, environment variables and the command line all set the same keys); ASP.NET Core's own switches
/// (<c>--urls</c>, <c>--environment</c>, …) and any setting written as <c>--Section:Key=value</c> go to its
/// command-line configuration as they are. Anything else is a mistake (a misspelt switch would otherwise be ignored).
/// </summary>
internal sealed record ServerArguments(IReadOnlyList<KeyValuePair<string, string?>> Settings, IReadOnlyList<string> PassThrough, bool Help)
{
    public const string Usage =
        "grader serve [--question <name>=<rubric.json>]... [--rubric <rubric.json>] [--urls <url;url>] [--max-essay-length N]\n" +
        "             [--max-body-size BYTES] [--max-batch-size BYTES] [--no-warm-up] [--<Section:Key>=<value>]...";

    private static readonly Dictionary<string, string> NumberSwitches = new(StringComparer.Ordinal)
    {
        ["--max-essay-length"] = "Grader:MaxEssayLength",
        ["--max-body-size"] = "Server:MaxRequestBodySize",
        ["--max-batch-size"] = "Server:MaxBatchBodySize",
    };

    /// <summary>The host's own command-line settings (read by ASP.NET Core from the arguments), passed through.</summary>
    private static readonly HashSet<string> HostSwitches = new(StringComparer.OrdinalIgnoreCase)
    {
        "--urls", "--http_ports", "--https_ports", "--environment", "--contentRoot", "--applicationName",
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
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? arg[..equals] : arg;
            var inlineValue = name.Length < arg.Length ? arg[(equals + 1)..] : null;
            if (arg is "-h" or "--help" or "-?")
            {
                help = true;
            }
            else if (name == "--no-warm-up" && inlineValue is null)
            {
                settings.Add(new("Grader:WarmUp:Enabled", "false"));
            }
            else if (name is "--question" or "--rubric" || NumberSwitches.ContainsKey(name))
            {
                if (inlineValue is null && i + 1 >= args.Count)
                {
                    error = $"{name} needs a value.";
                    break;
                }

                var value = inlineValue ?? args[++i];
                error = name switch
                {
                    "--question" => AddQuestion(settings, value),
                    "--rubric" => AddQuestion(settings, $"{QuestionNameOf(value)}={value}"),
                    _ => AddNumber(settings, name, NumberSwitches[name], value),
                };
            }
            else if (IsPassedThrough(name, inlineValue))
            {
                passThrough.Add(arg);
                if (inlineValue is null)
                {
                    if (i + 1 >= args.Count)
                    {
                        error = $"{name} needs a value.";
                        break;
                    }

                    passThrough.Add(args[++i]);
                }
            }
            else
            {
                error = arg.StartsWith('-')
                    ? $"there is no option '{arg}'. Give a setting as --Section:Key=value (for example --Server:MaxBatchItems=100)."
                    : $"unexpected argument '{arg}' (the questions to serve are given with --question <name>=<rubric.json> or --rubric <rubric.json>).";
            }
        }

        return error is null ? new ServerArguments(settings, passThrough, help) : null;
    }

    /// <summary>Whether an argument is for ASP.NET Core: one of its switches, a <c>--Section:Key</c> setting, or any <c>--Key=value</c>.</summary>
    private static bool IsPassedThrough(string name, string? inlineValue) =>
        name.StartsWith("--", StringComparison.Ordinal) && (inlineValue is not null || name.Contains(':', StringComparison.Ordinal) || HostSwitches.Contains(name));

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
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || (key == "Grader:MaxEssayLength" && number > int.MaxValue))
        {
            return $"{name} takes a whole number of at least 1, not '{value}'.";
        }

        settings.Add(new(key, value));
        return null;
    }
}
