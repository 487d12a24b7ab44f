using Tanpan.Cli;

return TanpanCli.Run(args, Console.Out, Console.Error);
