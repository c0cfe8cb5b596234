using Grader;
using Grader.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// <c>services.AddGrader(…)</c>: registers <see cref="QuestionCatalog"/> (every question, by name), each
/// <see cref="GradedQuestion"/> as a keyed service under its name, the options (<see cref="GraderServiceOptions"/> and the
/// library's <see cref="GraderOptions"/>) validated at start, and the warm-up.
/// </summary>
public static class GraderServiceCollectionExtensions
{
    /// <summary>Registers the grading services; add questions with <see cref="GraderBuilder.AddQuestion"/> or configuration.</summary>
    public static GraderBuilder AddGrader(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GraderServiceOptions>().ValidateOnStart();
        services.AddOptions<GraderOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraderServiceOptions>, GraderServiceOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<QuestionLoader>();
        services.TryAddSingleton(provider => new QuestionCatalog(
            provider.GetRequiredService<IOptions<GraderServiceOptions>>(),
            provider.GetRequiredService<IOptions<GraderOptions>>(),
            provider.GetRequiredService<QuestionLoader>()));
        services.TryAddKeyedSingleton(KeyedService.AnyKey, (provider, key) =>
            provider.GetRequiredService<QuestionCatalog>().Get(key as string ?? throw new ArgumentException("A question's service key is its name, a string.", nameof(key))));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, GraderWarmUpService>());
        return new GraderBuilder(services);
    }

    /// <summary>Registers the grading services with the questions and warm-up set in code.</summary>
    public static GraderBuilder AddGrader(this IServiceCollection services, Action<GraderServiceOptions> configure) =>
        services.AddGrader().Configure(configure);

    /// <summary>
    /// Registers the grading services with settings bound from <paramref name="configuration"/> (usually
    /// <c>builder.Configuration.GetSection("Grader")</c>): <c>Questions:&lt;name&gt;:Rubric</c>, <c>DefaultQuestion</c>,
    /// <c>WarmUp:Enabled</c>, <c>WarmUp:Rounds</c>, and the library's limits <c>MaxEssayLength</c>, <c>MaxFlags</c>,
    /// <c>MaxReasonsPerCriterion</c> (<see cref="GraderOptions"/>).
    /// </summary>
    public static GraderBuilder AddGrader(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddGrader();
        services.Configure<GraderServiceOptions>(configuration);
        services.Configure<GraderOptions>(configuration);
        return builder;
    }
}
