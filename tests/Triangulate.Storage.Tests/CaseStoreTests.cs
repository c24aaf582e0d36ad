using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Quantities;
using Triangulate.Core.Times;
using Triangulate.Storage;
using Triangulate.Storage.Sqlite;
using Triangulate.Testing;

namespace Triangulate.Storage.Tests;

/// <summary>The store's contract, written once; each store runs it through a sealed subclass.</summary>
public abstract class CaseStoreTests : IDisposable
{
    protected abstract ICaseStore OpenStore();

    public abstract void Dispose();

    private static Document AnnotatedDocument(string text)
    {
        var doc = new Document(text, new DocumentMetadata("report.txt", "Title", "Wire", null, null))
        {
            Published = new DateOnly(2024, 3, 14),
            PublishedInferred = true,
        };
        doc.Set<EntityMention>([new EntityMention(0, 4, "Anna", EntityTypes.Person, "Anna Berg", "Minister")]);
        doc.Set<TimeExpression>([new TimeExpression(10, 17, "Tuesday", TimeTypes.Date, "2024-03-12", TimePrecisions.Day)]);
        doc.Set<Quantity>([new Quantity(20, 32, "€240 million", 240_000_000m, "EUR", QuantityQualifiers.AtLeast, null)]);
        doc.Set<Claim>([new Claim(0, text.Length, text, [new SourceLink("a senior official", "said", 0, 4, null, true)], Stances.Deny, Modalities.Plan)]);
        return doc;
    }

    [Fact]
    public void A_document_and_its_layers_round_trip()
    {
        // Given a document with one annotation in each layer
        using var store = OpenStore();
        var doc = AnnotatedDocument("Anna said on Tuesday €240 million was paid, officials say.");

        // When it is stored and read back
        var seq = store.Add(doc);
        var back = Assert.Single(store.Documents());

        // Then everything comes back equal, including the inferred date
        Assert.Equal(1, seq);
        Assert.Equal(doc.Id, back.Document.Id);
        Assert.Equal(doc.Text, back.Document.Text);
        Assert.Equal(new DateOnly(2024, 3, 14), back.Document.Published);
        Assert.True(back.Document.PublishedInferred);
        Assert.Null(back.Document.Metadata.Published);
        Assert.Equal(doc.Get<EntityMention>(), back.Document.Get<EntityMention>());
        Assert.Equal(doc.Get<TimeExpression>(), back.Document.Get<TimeExpression>());
        Assert.Equal(doc.Get<Quantity>(), back.Document.Get<Quantity>());
        var claim = Assert.Single(back.Document.Get<Claim>());
        Assert.Equal(doc.Get<Claim>()[0].SourceChain, claim.SourceChain);
        Assert.Equal((Stances.Deny, Modalities.Plan), (claim.Stance, claim.Modality));
    }

    [Fact]
    public void Adding_the_same_text_twice_changes_nothing()
    {
        // Given a stored document
        using var store = OpenStore();
        store.Add(AnnotatedDocument("The same report."));

        // When the same text arrives again under another name
        var again = store.Add(new Document("The  same report.\n", new DocumentMetadata("copy.txt")));

        // Then it is recognised and not stored twice
        Assert.Null(again);
        Assert.Equal(1, store.Status().Documents);
        Assert.Equal(1, store.Status().Claims);
    }

    [Fact]
    public void Decisions_and_resolution_are_kept_in_order()
    {
        // Given decisions and a saved resolution
        using var store = OpenStore();
        store.Add(AnnotatedDocument("One report."));
        store.AddDecision("merge", "Alden", "Arden");
        store.AddDecision("split", "Alden", "Aldena");
        store.SaveResolution("{\"entities\":[]}", 1);

        // When they are read
        var decisions = store.Decisions();
        var resolution = store.LoadResolution();

        // Then they are as written
        Assert.Equal([("merge", "Alden", "Arden"), ("split", "Alden", "Aldena")], decisions);
        Assert.Equal(("{\"entities\":[]}", 1L), resolution);
        Assert.Equal(1, store.Status().ResolvedThrough);
    }
}

public sealed class SqliteCaseStoreTests : CaseStoreTests
{
    private readonly string _folder = TestPaths.NewTempFolder("triangulate-store");

    protected override ICaseStore OpenStore() => SqliteCaseStore.Open(_folder);

    public override void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Reopening_keeps_data_and_schema_version()
    {
        // Given a case written and closed
        using (var store = SqliteCaseStore.Open(_folder))
        {
            store.Add(new Document("Kept across opens.", new DocumentMetadata("a.txt")));
        }

        // When it is opened again
        using var reopened = SqliteCaseStore.Open(_folder);

        // Then the document is there and migrations did not run twice
        Assert.Equal(1, reopened.Status().Documents);
        Assert.Equal(1, reopened.Status().SchemaVersion);
    }
}
