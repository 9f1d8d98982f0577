using HumanSecurity.Cli;

return await HsoApp.RunAsync(args);
