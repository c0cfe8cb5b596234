using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Grader.Server.Tests.Support;

/// <summary>
/// The service in memory (TestServer) serving the bundled question as "soviet", with the warm-up off (tests do not
/// measure speed) and any further settings given.
/// </summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    private readonly IDictionary<string, string?> _settings;

    public ServerFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    internal ServerFactory(IDictionary<string, string?> settings)
    {
        _settings = settings;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var all = new Dictionary<string, string?>
        {
            ["Grader:Questions:soviet:Rubric"] = RepositoryFiles.Rubric,
            ["Grader:WarmUp:Enabled"] = "false",
        };
        foreach (var (key, value) in _settings)
        {
            all[key] = value;
        }

        builder.UseContentRoot(RepositoryFiles.Root);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(all));
    }
}
