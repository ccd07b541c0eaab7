return FactCorpus.Tool.Cli.Run(args, Console.Out, Console.Error);
