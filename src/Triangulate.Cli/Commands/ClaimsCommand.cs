using System.CommandLine;
using Triangulate.Core.Claims;
using Triangulate.Export;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate claims [--source S] [--stance S] [--modality M] [--explain ID]</c>: who says what, how sure.</summary>
internal static partial class ClaimsCommand
{
    public static Command Create()
    {
        var source = new Option<string?>("--source") { Description = "Only claims with this source anywhere in their chain (part of its name)." };
        var stance = new Option<string?>("--stance") { Description = "assert, deny, admit, accuse or question." }
            .OneOf([Stances.Assert, Stances.Deny, Stances.Admit, Stances.Accuse, Stances.Question, Stances.Request]);
        var modality = new Option<string?>("--modality") { Description = "fact, plan, expectation, possibility or opinion." }
            .OneOf([Modalities.Fact, Modalities.Plan, Modalities.Expectation, Modalities.Possibility, Modalities.Opinion]);
        var document = new Option<string?>("--doc") { Description = "Only claims of documents whose name contains this." };
        var explain = new Option<string?>("--explain") { Description = "Show one claim (by id) with its proposition and the claims clustered with it." };
        var command = new Command("claims", "List claims with their source chain, stance and modality.") { source, stance, modality, document, explain };
        command.SetAction(parse => CliSupport.WithCaseFile(parse, (_, caseFile, docs) =>
        {
            if (parse.GetValue(explain) is { } id)
            {
                return Explain(caseFile, docs, id);
            }

            var entityNames = caseFile.Entities.ToDictionary(e => e.Id, e => e.Name);
            var (s, st, m, d) = (parse.GetValue(source), parse.GetValue(stance), parse.GetValue(modality), parse.GetValue(document));
            if (d is not null && !docs.Values.Any(n => n.Contains(d, StringComparison.OrdinalIgnoreCase)))
            {
                Console.Error.WriteLine($"triangulate: no document whose name contains '{CliSupport.Printable(d)}' (see `triangulate documents`)");
                return CliSupport.Failed;
            }

            var shown = 0;
            foreach (var claim in caseFile.Claims)
            {
                var docName = docs[claim.Doc];
                if ((st is not null && !claim.Stance.Equals(st, StringComparison.OrdinalIgnoreCase)) ||
                    (m is not null && !claim.Modality.Equals(m, StringComparison.OrdinalIgnoreCase)) ||
                    (d is not null && !docName.Contains(d, StringComparison.OrdinalIgnoreCase)) ||
                    (s is not null && !claim.SourceChain.Any(l =>
                        l.Text.Contains(s, StringComparison.OrdinalIgnoreCase) ||
                        (l.Entity is not null && entityNames.GetValueOrDefault(l.Entity, string.Empty).Contains(s, StringComparison.OrdinalIgnoreCase)))))
                {
                    continue;
                }

                shown++;
                Console.WriteLine($"{claim.Id}  {HtmlReport.ChainPath(claim, docName)}  [{claim.Stance}, {claim.Modality}]");
                Console.WriteLine($"    {CliSupport.OneLine(claim.Text, 200)}");
            }

            Console.WriteLine($"{shown} of {caseFile.Claims.Count} claims");
            return 0;
        }));
        return command;
    }
}
