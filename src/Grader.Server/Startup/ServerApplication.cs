using System.Globalization;
using Microsoft.Extensions.Options;

namespace Grader.Server;

/// <summary>Builds the web application: services, limits, logging defaults, and the endpoints.</summary>
internal static class ServerApplication
{
    public static WebApplication Build(ServerArguments arguments, string? fallbackRubric)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = arguments.PassThrough.ToArray() });
        builder.Configuration.AddInMemoryCollection(arguments.Settings);
        if (fallbackRubric is not null && !builder.Configuration.GetSection("Grader:Questions").GetChildren().Any())
        {
            builder.Configuration.AddInMemoryCollection([new($"Grader:Questions:{ServerArguments.QuestionNameOf(fallbackRubric)}:Rubric", fallbackRubric)]);
        }

        Configure(builder);
        var app = builder.Build();
        MapEndpoints(app);
        return app;
    }

    public static void Configure(WebApplicationBuilder builder)
    {
        // One line per request at Information would cost more than grading at a thousand requests a second.
        if (builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] is null)
        {
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddGrader(builder.Configuration.GetSection("Grader"));
        builder.Services.AddHostedService<ServerWarmUp>();
        builder.Services.AddSingleton<GradingGate>();
        builder.Services.AddOptions<GraderServerOptions>().Bind(builder.Configuration.GetSection("Server")).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<GraderServerOptions>, GraderServerOptionsValidator>();
        // Read from configuration as the host is built (the Server options are validated later, with every other setting).
        var configuration = builder.Configuration;
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout =
            TimeSpan.TryParse(configuration["Server:ShutdownTimeout"], CultureInfo.InvariantCulture, out var timeout) && timeout >= TimeSpan.Zero ? timeout : new GraderServerOptions().ShutdownTimeout);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ServerJsonContext.Default));
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = StatusProblemDetails.Customize);
        builder.Services.AddOpenApi();
    }

    public static void MapEndpoints(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        HealthEndpoint.Map(app);
        var v1 = app.MapGroup("/v1");
        GradeEndpoint.Map(v1);
        BatchEndpoint.Map(v1);
        QuestionEndpoints.Map(v1);
    }
}
