namespace Grader.Cli.Tests.Calibration;

/// <summary>A fact that runs only where Debian's headless Chromium is installed (/usr/bin/chromium); skipped elsewhere.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"{ChromiumPath} is not installed (apt-get install -y chromium); .ci/run installs it.";
        }
    }
}
