using Triangulate.Export;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate claims --explain ID</c>: one claim, what it states and what it is clustered with.</summary>
internal static partial class ClaimsCommand
{
    private static int Explain(CaseFile caseFile, Dictionary<string, string> docs, string id)
    {
        var claim = caseFile.Claims.FirstOrDefault(c => c.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
        if (claim is null)
        {
            Console.Error.WriteLine($"triangulate: no claim '{CliSupport.Printable(id)}' (see `triangulate claims`)");
            return CliSupport.Failed;
        }

        var names = caseFile.Entities.ToDictionary(e => e.Id, e => e.Name);
        string Entities(IEnumerable<string> ids) => string.Join(", ", ids.Select(e => $"{names.GetValueOrDefault(e, e)} ({e})"));
        var docName = docs[claim.Doc];
        Console.WriteLine($"{claim.Id}  {HtmlReport.ChainPath(claim, docName)}");
        Console.WriteLine($"    {CliSupport.OneLine(claim.Text, 400)}");
        Console.WriteLine($"stance {claim.Stance}, modality {claim.Modality}, polarity {claim.Polarity}, event time {claim.EventTime ?? "-"}, report time {claim.ReportTime ?? "-"}");
        if (claim.Proposition is { } p)
        {
            Console.WriteLine($"predicate: {p.Predicate} (class {p.PredicateClass})");
            foreach (var a in p.Arguments)
            {
                var who = a.Entities.Count > 0 ? Entities(a.Entities) : "a descriptor";
                Console.WriteLine($"  {a.Role}: \"{CliSupport.OneLine(a.Text, 80)}\" = {who}");
            }

            foreach (var m in p.Measures)
            {
                var what = m.Measures.Length > 0 ? m.Measures : "not read";
                Console.WriteLine($"  amount: {m.Text} measures {what}{(m.Period is null ? string.Empty : $", period {m.Period}")}");
            }
        }
        else
        {
            Console.WriteLine("no proposition (the claim was annotated without syntax)");
        }

        if (caseFile.Clusters.FirstOrDefault(k => k.Claims.Contains(claim.Id)) is { } cluster)
        {
            Console.WriteLine($"cluster {cluster.Id}: {cluster.Claims.Count} claims in {cluster.Documents} documents, {cluster.IndependentOrigins} independent origins ({string.Join(", ", cluster.Origins)})");
            foreach (var other in caseFile.Claims.Where(c => c.Id != claim.Id && cluster.Claims.Contains(c.Id)))
            {
                Console.WriteLine($"  {other.Id}  {docs[other.Doc]}: {CliSupport.OneLine(other.Text, 160)}");
            }
        }

        return 0;
    }
}
