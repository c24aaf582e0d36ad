using Triangulate.Cli.Commands;

return TriangulateCommand.Run(args);
