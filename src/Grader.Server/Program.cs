return await Grader.Server.GraderServer.RunAsync(args);

/// <summary>The service's entry point, public so the in-memory test server (<c>WebApplicationFactory&lt;Program&gt;</c>) can start it.</summary>
public partial class Program;
