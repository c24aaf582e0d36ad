using Triangulate.Hostile.Tests.Generators;
using Triangulate.Testing;
using Xunit.Abstractions;

namespace Triangulate.Hostile.Tests;

/// <summary>A temporary folder for one test, with helpers to write generated inputs and run the program in it.</summary>
public abstract class Workspace(ITestOutputHelper output) : IDisposable
{
    /// <summary>The test's folder; the program runs with it as working directory.</summary>
    protected string Folder { get; } = TestPaths.NewTempFolder("triangulate-hostile");

    /// <summary>The test's output, for the figures each run prints.</summary>
    protected ITestOutputHelper Output { get; } = output;

    /// <inheritdoc />
    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    internal Triangulate.Run Run(params string[] args) => Run(TimeSpan.FromMinutes(5), args);

    internal Triangulate.Run Run(TimeSpan timeout, params string[] args)
    {
        var run = Triangulate.Execute(Folder, timeout, args);
        Output.WriteLine($"$ triangulate {string.Join(' ', args.Select(a => a.Length > 80 ? a[..80] + "..." : a))}\n{run}");
        return run;
    }

    /// <summary>Writes <paramref name="count"/> generated reports of about <paramref name="characters"/> characters into a subfolder.</summary>
    protected string WriteReports(string subfolder, int count, int characters = 1500, int seed = 1)
    {
        var path = Path.Combine(Folder, subfolder);
        Directory.CreateDirectory(path);
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(path, $"report-{i:000}.txt"), new NewsText(seed * 10_000 + i).Text(characters));
        }

        return path;
    }

    /// <summary>A path inside the test's folder.</summary>
    protected string PathOf(string name) => Path.Combine(Folder, name);
}
