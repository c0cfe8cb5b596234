using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Grader.Hosting.Tests.Support;

/// <summary>A real generic host rooted at the repository, with the given settings and every log entry captured.</summary>
internal static class TestHost
{
    /// <summary>
    /// A host with <paramref name="settings"/> as its configuration; the grading services are added with
    /// <c>AddGrader(configuration.GetSection("Grader"))</c>, or by <paramref name="configure"/> (given that section).
    /// </summary>
    public static IHost Build(IDictionary<string, string?> settings, CapturingLoggerProvider? logs = null, Action<IServiceCollection, IConfiguration>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = RepositoryFiles.Root });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddProvider(logs ?? new CapturingLoggerProvider());
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        var section = builder.Configuration.GetSection("Grader");
        if (configure is null)
        {
            builder.Services.AddGrader(section);
        }
        else
        {
            configure(builder.Services, section);
        }

        return builder.Build();
    }

    /// <summary>The setting that registers question <paramref name="name"/> with the rubric at <paramref name="rubric"/>.</summary>
    public static KeyValuePair<string, string?> Question(string name, string rubric) => new($"Grader:Questions:{name}:Rubric", rubric);
}
