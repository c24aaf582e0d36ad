using System.Text.Encodings.Web;
using System.Text.Json;

namespace Triangulate.Export.Ftm;

/// <summary>
/// FollowTheMoney entities as JSON lines, as Aleph's <c>ftm</c> tools and its import read them: each report an
/// <c>Article</c>; people, organisations (<c>Company</c>, <c>PublicBody</c> or <c>Organization</c>), places
/// (<c>Address</c>, with a country code where the place is a known country) and events as their schemata, with every
/// other spelling as <c>alias</c> and the reports naming them as <c>proof</c>; a <c>Documentation</c> linking each
/// of them to each report naming it; a <c>Mention</c> per span naming a person or organisation (its id holds the
/// report and the offsets); a <c>Note</c> per claim with its source chain, stance and span. Ids are stable, derived
/// from the case's ids: <c>tri-art-DOC</c>, <c>tri-ent-e12</c>, <c>tri-dcm-DOC-e12</c>, <c>tri-men-DOC-START-END</c>,
/// <c>tri-clm-CLAIM</c>.
/// </summary>
public sealed class FtmExporter : ICaseExporter
{
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <inheritdoc />
    public string Format => "ftm";

    /// <inheritdoc />
    public string Description => "FollowTheMoney entities as JSON lines (Aleph, OpenSanctions, ftm tools)";

    /// <summary>The id of a report's <c>Article</c>.</summary>
    public static string ArticleId(string documentId) => "tri-art-" + documentId;

    /// <summary>The id of an entity's FollowTheMoney entity.</summary>
    public static string EntityId(string entityId) => "tri-ent-" + entityId;

    /// <inheritdoc />
    public void Write(CaseFile caseFile, Stream output)
    {
        foreach (var entity in Entities(caseFile))
        {
            using (var json = new Utf8JsonWriter(output, LineOptions))
            {
                entity.Write(json);
            }

            output.WriteByte((byte)'\n');
        }
    }

    /// <summary>The case as FollowTheMoney entities, in a stable order: articles, things, documentation, mentions, notes.</summary>
    public static IEnumerable<FtmEntity> Entities(CaseFile caseFile)
    {
        var lookup = new CaseLookup(caseFile);
        var schemata = caseFile.Entities.ToDictionary(e => e.Id, FtmSchemata.SchemaOf, StringComparer.Ordinal);

        // Products, nationalities and groups have no FollowTheMoney schema: each report lists them as names it mentions.
        var unmapped = caseFile.Entities.Where(e => schemata[e.Id] is null)
            .SelectMany(e => e.Variants.SelectMany(v => v.Documents.Select(d => (Document: d, Name: Clean(v.Text)))))
            .ToLookup(x => x.Document, x => x.Name, StringComparer.Ordinal);
        foreach (var document in caseFile.Documents)
        {
            yield return Article(document, unmapped[document.Id]);
        }

        foreach (var entity in caseFile.Entities)
        {
            if (schemata[entity.Id] is { } schema)
            {
                yield return Thing(entity, schema, lookup);
            }
        }

        foreach (var entity in caseFile.Entities.Where(e => schemata[e.Id] is not null))
        {
            foreach (var documentId in CaseLookup.DocumentsOf(entity))
            {
                var spellings = entity.Mentions.Where(m => m.Doc == documentId).ToList();
                var names = string.Join(", ", spellings.Select(m => Clean(m.Text)).Distinct(StringComparer.Ordinal).Select(n => $"\"{n}\""));
                yield return new FtmEntity($"tri-dcm-{documentId}-{entity.Id}", "Documentation")
                    .Add("document", ArticleId(documentId))
                    .Add("entity", EntityId(entity.Id))
                    .Add("role", $"named as {names} ({spellings.Count} mention{(spellings.Count == 1 ? string.Empty : "s")})");
            }
        }

        foreach (var entity in caseFile.Entities)
        {
            if (schemata[entity.Id] is not { } schema || !FtmSchemata.IsLegalEntity(schema))
            {
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                yield return new FtmEntity($"tri-men-{mention.Doc}-{mention.Start}-{mention.End}", "Mention")
                    .Add("document", ArticleId(mention.Doc))
                    .Add("name", Clean(mention.Text), FtmEntity.NameLength)
                    .Add("resolved", EntityId(entity.Id))
                    .Add("detectedSchema", schema);
            }
        }

        foreach (var claim in caseFile.Claims)
        {
            yield return new FtmEntity("tri-clm-" + claim.Id, "Note")
                .Add("name", Clean(claim.Text), 200)
                .AddText("description", claim.Text)
                .AddAll("entity", claim.Entities.Where(e => schemata.GetValueOrDefault(e) is not null).Select(EntityId))
                .Add("proof", ArticleId(claim.Doc))
                .AddText("summary",
                    $"Source chain: {lookup.ChainPath(claim)}. Stance: {claim.Stance}; modality: {claim.Modality}. " +
                    $"Characters {claim.Start}-{claim.End} of {lookup.DocumentName(claim.Doc)} (claim {claim.Id}" +
                    (lookup.ClusterOf(claim.Id) is { } cluster ? $", cluster {cluster.Id}: {cluster.Documents} reports, {cluster.IndependentOrigins} independent origins)." : ")."));
        }
    }

    private static FtmEntity Article(CaseDocument document, IEnumerable<string?> namesMentioned)
    {
        var article = new FtmEntity(ArticleId(document.Id), "Article")
            .Add("name", Clean(document.Title ?? document.Name), FtmEntity.NameLength)
            .Add("title", Clean(document.Title))
            .Add("fileName", document.Name)
            .Add("publisher", Clean(document.Outlet ?? document.Source))
            .AddAll("author", (document.Authors ?? []).Select(Clean), FtmEntity.NameLength)
            .Add("sourceUrl", WebUrl(document.Url), 4096)
            .Add("publishedAt", document.Published, 32)
            .Add("language", FtmSchemata.LanguageCode(document.Language), 16)
            .AddText("bodyText", document.Text);
        if (document.PublishedInferred && document.Published is not null)
        {
            article.AddText("notes", "publishedAt was inferred from the text by Triangulate.");
        }

        return article.AddAll("namesMentioned", namesMentioned, FtmEntity.NameLength);
    }

    private static FtmEntity Thing(CaseEntity entity, string schema, CaseLookup lookup)
    {
        var documents = CaseLookup.DocumentsOf(entity);
        var thing = new FtmEntity(EntityId(entity.Id), schema)
            .Add("name", Clean(entity.Name), FtmEntity.NameLength)
            .AddAll("alias", entity.Aliases.Select(Clean).Where(a => !string.Equals(a, Clean(entity.Name), StringComparison.Ordinal)), FtmEntity.NameLength)
            .AddAll("proof", documents.Select(ArticleId))
            .AddText("description",
                $"{Describe(entity.Type)} named {entity.Mentions.Count} time{(entity.Mentions.Count == 1 ? string.Empty : "s")} in " +
                $"{string.Join(", ", documents.Select(lookup.DocumentName))} (Triangulate entity {entity.Id}, type {entity.Type}).");
        switch (schema)
        {
            case "Person":
                thing.AddAll("title", entity.Titles.Select(Clean));
                break;
            case "Address":
                thing.Add("full", Clean(entity.Name), FtmEntity.AddressLength).Add("country", FtmSchemata.CountryCode(entity), 16);
                break;
        }

        return thing;
    }

    private static string Describe(string type) => type switch
    {
        "MEDIA" => "A news outlet",
        "GPE" => "A place with a government",
        "FAC" => "A facility",
        "LOC" => "A place",
        _ => "Entity",
    };

    private static string? WebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;

    // Names and short strings on one line: a mention broken over two lines of the source is one name.
    private static string? Clean(string? value) =>
        value is null ? null : string.Join(' ', value.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
