using System.CommandLine;

var root = new RootCommand("Checks, shows and exports a FactCorpus corpus (*.facts.yaml and the article texts) without compiling C#.");
root.Subcommands.Add(FactCorpus.Tool.Commands.ReportCommand.Create());
return root.Parse(args).Invoke();
