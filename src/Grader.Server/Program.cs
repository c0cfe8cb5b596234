return await Grader.Server.GraderServer.RunAsync(args);
