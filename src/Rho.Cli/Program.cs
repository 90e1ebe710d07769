using Rho.Cli;

return RhoCommand.Run(args, Console.Out, Console.Error);
