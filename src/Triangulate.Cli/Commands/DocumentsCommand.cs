using System.CommandLine;
using System.Globalization;
using Triangulate.Core.Documents;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate documents</c>: the documents of the case as a tree, each container (a zip file, a web archive, a
/// mailbox, a message with attachments) above what was read from it, with the metadata a citation needs.
/// </summary>
internal static class DocumentsCommand
{
    public static Command Create()
    {
        var command = new Command("documents", "List the documents as a tree of containers: file, title, authors, outlet, date, URL, claims and id.");
        command.SetAction(parse => CliSupport.WithCase(parse, workspace =>
        {
            var documents = workspace.Store.Documents().Select(s => s.Document).ToList();
            var claims = workspace.Store.DocumentSummaries().ToDictionary(d => d.Id, d => d.Claims);
            var byId = documents.ToDictionary(d => d.Id);
            var children = documents.Where(d => d.Metadata.ParentId is { } p && byId.ContainsKey(p)).ToLookup(d => d.Metadata.ParentId!);

            // A document whose parent is a file (not a document) is listed under that file's name; a document whose
            // parent is a document (an attachment) is listed under it.
            foreach (var group in documents.Where(d => d.Metadata.ParentId is null || !byId.ContainsKey(d.Metadata.ParentId)).GroupBy(d => d.Metadata.Parent))
            {
                var indent = string.Empty;
                if (group.Key is { } container)
                {
                    Console.WriteLine(CliSupport.Printable($"{container}/"));
                    indent = "  ";
                }

                foreach (var document in group)
                {
                    Print(document, indent, children, claims);
                }
            }

            Console.WriteLine($"{documents.Count} documents");
            return 0;
        }));
        return command;
    }

    private static void Print(Document document, string indent, ILookup<string, Document> children, Dictionary<string, long> claims)
    {
        var meta = document.Metadata;
        var name = meta.PathInParent ?? meta.Name;
        var parts = new List<string> { $"[{meta.Format ?? "text"}]" };
        if (meta.Title is { } title)
        {
            parts.Add($"\"{title}\"");
        }

        if (meta.Authors.Count > 0)
        {
            parts.Add(string.Join(", ", meta.Authors));
        }

        if ((meta.Outlet ?? meta.Source) is { } outlet && !meta.Authors.Contains(outlet))
        {
            parts.Add(outlet);
        }

        if (document.Published is { } published)
        {
            parts.Add(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (document.PublishedInferred ? " (inferred)" : string.Empty));
        }

        if (meta.Url is { } url)
        {
            parts.Add(url);
        }

        parts.Add($"{claims.GetValueOrDefault(document.Id)} claims");
        Console.WriteLine(CliSupport.Printable($"{indent}{name}  {string.Join(" · ", parts)}  ({document.Id})"));
        foreach (var child in children[document.Id])
        {
            Print(child, indent + "    ", children, claims);
        }
    }
}
