// Exports and messages are UTF-8 whatever the console's code page or locale says, so a pipe or a redirect gets the same bytes -o writes.
Console.OutputEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return FactCorpus.Tool.Cli.Run(args, Console.Out, Console.Error);
