using System.Globalization;

namespace Grader.LoadTest;

/// <summary>
/// <c>[--url &lt;base&gt;] [--essays seed|scripts|both] [--duration S] [--concurrency N] [--runs N] [--gc server|workstation]
/// [--tiered on|off] [--no-warm-up]</c>.
/// </summary>
internal sealed record LoadTestOptions(
    string? Url,
    IReadOnlyList<string> Workloads,
    TimeSpan Duration,
    int Concurrency,
    int Runs,
    string? GarbageCollector,
    string? Tiered,
    bool WarmUp)
{
    public const string Usage = "Grader.LoadTest [--url <http://host:port>] [--essays seed|scripts|both] [--duration 20] [--concurrency 16] [--runs 1] [--gc server|workstation] [--tiered on|off] [--no-warm-up]";

    public static LoadTestOptions? Parse(string[] args, out string problem)
    {
        var options = new LoadTestOptions(null, ["seed", "scripts"], TimeSpan.FromSeconds(20), 16, 1, null, null, true);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            var number = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null;
            (options, var used) = (args[i], value, number) switch
            {
                ("--url", { } url, _) => (options with { Url = url.TrimEnd('/') }, true),
                ("--essays", "seed" or "scripts", _) => (options with { Workloads = [value!] }, true),
                ("--essays", "both", _) => (options with { Workloads = ["seed", "scripts"] }, true),
                ("--duration", _, { } seconds) => (options with { Duration = TimeSpan.FromSeconds(seconds) }, true),
                ("--concurrency", _, { } count) => (options with { Concurrency = count }, true),
                ("--runs", _, { } runs) => (options with { Runs = runs }, true),
                ("--gc", "server" or "workstation", _) => (options with { GarbageCollector = value }, true),
                ("--tiered", "on" or "off", _) => (options with { Tiered = value }, true),
                ("--no-warm-up", _, _) => (options with { WarmUp = false }, false),
                _ => (null!, false),
            };
            if (options is null)
            {
                problem = $"unknown or incomplete option '{args[i]}'.";
                return null;
            }

            i += used ? 1 : 0;
        }

        if (options.Url is not null && (options.GarbageCollector ?? options.Tiered) is not null)
        {
            problem = "--gc and --tiered set the runtime of a server this program starts; with --url the server is already running.";
            return null;
        }

        problem = "";
        return options;
    }
}
