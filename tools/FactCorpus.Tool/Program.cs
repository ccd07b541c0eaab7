using System.CommandLine;

var root = new RootCommand("Checks, shows and exports a FactCorpus corpus (*.facts.yaml and the article texts) without compiling C#.");
return root.Parse(args).Invoke();
