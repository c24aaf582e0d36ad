using Triangulate.Cli.Commands;

return TriangulateCommand.Create().Parse(args).Invoke();
