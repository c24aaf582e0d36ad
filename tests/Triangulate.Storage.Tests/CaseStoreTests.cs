using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Quantities;
using Triangulate.Core.Times;
using Triangulate.Resolution.Index;
using Triangulate.Storage;
using Triangulate.Storage.Postgres;
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

    [StoreFact]
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

    [StoreFact]
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

    [StoreFact]
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
    }

    [StoreFact]
    public void Resolution_index_rows_round_trip_and_clear_with_the_snapshot()
    {
        // Given a store with an index saved in two runs (the second moves a parent, replaces a set, grows a block)
        using var store = OpenStore();
        store.Add(AnnotatedDocument("One report."));
        var index = store.ResolutionIndex;
        Assert.Null(index.LoadHeader());
        var first = new IndexChanges { Header = new IndexHeader("v1", 1, 1, 3, 1, 2, 1) };
        first.Documents.Add(new IndexedDocument(1, 0, 0, [0, 1, 2, 2], [[]]));
        first.Parents[1] = 0;
        first.Groups[0] = "{\"set\":0}";
        first.Groups[2] = "{\"set\":2}";
        first.Lines.Add((1, "joined 1 to 0"));
        first.Blocks["n:alden"] = new IndexBlock(2, [new BlockEntry(0, 0), new BlockEntry(1, 0)]);
        index.Save(first);
        var second = new IndexChanges { Header = new IndexHeader("v1", 2, 2, 4, 3, 2, 2), PreviousThroughSequence = 1 };
        second.Documents.Add(new IndexedDocument(2, 3, 1, [3], [[0], [0]]));
        second.Parents[3] = 2;
        second.Groups[2] = "{\"set\":\"2+3\"}";
        second.RemovedGroups.Add(0);
        second.Lines.Add((3, "joined 3 to 2"));
        second.Blocks["n:alden"] = new IndexBlock(3, [new BlockEntry(0, 0), new BlockEntry(1, 0), new BlockEntry(3, 0)]);
        index.Save(second);
        store.SaveResolution("{}", 2);
        var stale = new IndexChanges { Header = new IndexHeader("v1", 2, 2, 9, 9, 9, 9), PreviousThroughSequence = 1 };
        Assert.Throws<ResolutionIndexConflictException>(() => index.Save(stale));

        // When it is read back
        var header = index.LoadHeader();
        var block = index.LoadBlock("n:alden", newest: 2);
        var documents = index.LoadDocuments().ToList();

        // Then every row is as the last save left it, blocks give their newest entries, absent rows their defaults
        Assert.Equal(new IndexHeader("v1", 2, 2, 4, 3, 2, 2), header);
        Assert.Equal(2, store.Status().ResolvedThrough);
        Assert.Equal(3, block.Count);
        Assert.Equal([new BlockEntry(1, 0), new BlockEntry(3, 0)], block.Newest);
        Assert.Equal(0, index.LoadBlock("n:nobody", 8).Count);
        Assert.Equal([1L, 2L], documents.Select(d => d.Sequence));
        Assert.Equal([0, 1, 2, 2], documents[0].MentionNodes);
        Assert.Equal([[0], [0]], documents[1].Candidates);
        Assert.Equal(0, index.LoadParent(1));
        Assert.Equal(2, index.LoadParent(3));
        Assert.Equal(5, index.LoadParent(5));
        Assert.Null(index.LoadGroup(0));
        Assert.Equal("{\"set\":\"2+3\"}", index.LoadGroup(2));
        Assert.Equal([(1, "joined 1 to 0"), (3, "joined 3 to 2")], index.LoadLines());
        Assert.Equal([(1, 0), (3, 2)], index.LoadParents());

        // And clearing it removes the index and the snapshot built from it, not the documents
        index.Clear();
        Assert.Null(index.LoadHeader());
        Assert.Null(store.LoadResolution());
        Assert.Empty(index.LoadDocuments());
        Assert.Equal(0, index.LoadBlock("n:alden", 8).Count);
        Assert.Equal(1, store.Status().Documents);
    }

    /// <summary>Writes a schema version as a newer Triangulate would have (the case must exist).</summary>
    protected abstract void RecordSchemaVersion(int version);

    [StoreFact]
    public void Documents_come_in_order_a_page_at_a_time()
    {
        // Given five documents added one by one and two at once
        using var store = OpenStore();
        store.Add(AnnotatedDocument("First report."));
        store.Add(AnnotatedDocument("Second report."));
        store.Add(AnnotatedDocument("Third report."));
        var both = store.Add([AnnotatedDocument("Fourth report."), AnnotatedDocument("Fifth report."), AnnotatedDocument("Fourth report.")]);

        // When they are read in pages of two after the first
        var firstPage = store.Documents(afterSequence: 1, limit: 2).ToList();
        var rest = store.Documents(afterSequence: firstPage[^1].Sequence, limit: 2).ToList();

        // Then each page holds the next documents in the order they were added, with their layers; a repeat in one call is none
        Assert.Null(both[2]);
        Assert.Equal(["Second report.", "Third report."], firstPage.Select(d => d.Document.Text));
        Assert.Equal(["Fourth report.", "Fifth report."], rest.Select(d => d.Document.Text));
        Assert.All(firstPage.Concat(rest), d => Assert.Single(d.Document.Get<Claim>()));
        Assert.Equal(both[1], store.LastSequence());
        Assert.Equal(5, store.DocumentSummaries().Count);
        Assert.Equal(5, store.Status().Claims);
    }

    [StoreFact]
    public void Two_stores_adding_the_same_documents_store_each_once()
    {
        // Given two connections to one case, as two processes have
        using var first = OpenStore();
        using var second = OpenStore();
        var texts = Enumerable.Range(0, 30).Select(i => $"Report number {i} of the shared folder.").ToList();

        // When both add the same documents at once, in opposite orders
        var a = Task.Run(() => texts.Select(t => first.Add(AnnotatedDocument(t))).ToList());
        var b = Task.Run(() => texts.AsEnumerable().Reverse().Select(t => second.Add(AnnotatedDocument(t))).ToList());
        Task.WaitAll(a, b);

        // Then every document is stored once, by one of them, with its layers once
        Assert.Equal(30, a.Result.Count(s => s is not null) + b.Result.Count(s => s is not null));
        Assert.Equal(30, first.Status().Documents);
        Assert.Equal(30, first.Status().Mentions);
    }

    [StoreFact]
    public void A_read_snapshot_does_not_see_later_writes()
    {
        // Given a case with one document, read in a snapshot
        using var reader = OpenStore();
        using var writer = OpenStore();
        writer.Add(AnnotatedDocument("Before the snapshot."));
        using (reader.ReadSnapshot())
        {
            var before = reader.Documents().Count();

            // When another connection adds a document and a decision meanwhile
            writer.Add(AnnotatedDocument("After the snapshot began."));
            writer.AddDecision("merge", "A", "B");

            // Then the snapshot still shows the case as it was
            Assert.Equal(1, before);
            Assert.Single(reader.Documents());
            Assert.Equal(1, reader.LastSequence());
            Assert.Empty(reader.Decisions());
        }

        // And after it ends, everything is there
        Assert.Equal(2, reader.Documents().Count());
        Assert.Single(reader.Decisions());
    }

    [StoreFact]
    public void Reopening_keeps_data_and_the_schema_version_and_a_newer_schema_is_refused()
    {
        // Given a case written and closed
        int version;
        using (var store = OpenStore())
        {
            store.Add(AnnotatedDocument("Kept across opens."));
            version = store.Status().SchemaVersion;
        }

        // When it is opened again
        using (var reopened = OpenStore())
        {
            // Then the document is there and the migrations did not run twice
            Assert.Equal(1, reopened.Status().Documents);
            Assert.Equal(version, reopened.Status().SchemaVersion);
        }

        // And a case a newer Triangulate migrated further is refused with the versions named
        RecordSchemaVersion(version + 1);
        var refused = Assert.Throws<InvalidOperationException>(() => OpenStore().Dispose());
        Assert.Contains($"schema {version + 1}; this one knows {version}", refused.Message, StringComparison.Ordinal);
    }
}

public sealed class SqliteCaseStoreTests : CaseStoreTests
{
    private readonly string _folder = TestPaths.NewTempFolder("triangulate-store");

    protected override ICaseStore OpenStore() => SqliteCaseStore.Open(_folder);

    protected override void RecordSchemaVersion(int version)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder, SqliteCaseStore.FileName)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO schema_version (version) VALUES ({version})";
        command.ExecuteNonQuery();
    }

    public override void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void The_schema_is_at_version_4()
    {
        // Given a new case
        using var store = SqliteCaseStore.Open(_folder);

        // When its status is read
        var version = store.Status().SchemaVersion;

        // Then every SQLite migration has run
        Assert.Equal(4, version);
    }
}

/// <summary>The same contract on a real PostgreSQL server (skipped, with the reason, when none is reachable outside CI).</summary>
public sealed class PostgresCaseStoreTests : CaseStoreTests
{
    private readonly Lazy<PostgresLocation> _location = new(() => TestPostgres.NewCase("store"));

    protected override ICaseStore OpenStore() => PostgresCaseStore.Open(_location.Value);

    protected override void RecordSchemaVersion(int version)
    {
        using var connection = new Npgsql.NpgsqlConnection(_location.Value.Connection.ConnectionString);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand($"INSERT INTO schema_version (version) VALUES ({version})", connection);
        command.ExecuteNonQuery();
    }

    public override void Dispose()
    {
        if (_location.IsValueCreated)
        {
            TestPostgres.Drop(_location.Value);
        }
    }
}
