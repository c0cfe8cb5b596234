using Microsoft.Extensions.DependencyInjection;

namespace Grader.Hosting;

/// <summary>Returned by <c>AddGrader</c>: adds questions and settings to the grading services.</summary>
public sealed class GraderBuilder
{
    internal GraderBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>The service collection the grading services are registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Adds (or replaces) the question <paramref name="name"/>, loaded from the rubric at <paramref name="rubricPath"/>.</summary>
    public GraderBuilder AddQuestion(string name, string rubricPath)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(rubricPath);
        Services.Configure<GraderServiceOptions>(options => options.Questions[name] = new GraderQuestionOptions { Rubric = rubricPath });
        return this;
    }

    /// <summary>Changes the questions and warm-up settings in code (applied in order with configuration binding).</summary>
    public GraderBuilder Configure(Action<GraderServiceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    /// <summary>
    /// Changes the grader's limits in code (<see cref="GraderOptions.MaxEssayLength"/>, <see cref="GraderOptions.MaxFlags"/>,
    /// <see cref="GraderOptions.MaxReasonsPerCriterion"/>), applied in order with configuration binding; every question's
    /// grader works within them.
    /// </summary>
    public GraderBuilder ConfigureGrading(Action<GraderOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }
}
