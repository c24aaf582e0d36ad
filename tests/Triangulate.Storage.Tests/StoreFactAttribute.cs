using Xunit.Abstractions;
using Xunit.Sdk;

namespace Triangulate.Testing;

/// <summary>
/// A fact of the store contract: it runs on every store, except that on a test class whose name holds "Postgres" it
/// is reported as skipped, with the reason, when no PostgreSQL server is reachable outside CI.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Triangulate.Testing.StoreFactDiscoverer", "Triangulate.Storage.Tests")]
internal sealed class StoreFactAttribute : FactAttribute;

/// <summary>Finds <see cref="StoreFactAttribute"/> tests and marks those that need an absent server as skipped.</summary>
internal sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    /// <inheritdoc />
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var options = discoveryOptions.MethodDisplayOptionsOrDefault();
        if (testMethod.TestClass.Class.Name.Contains("Postgres", StringComparison.Ordinal) && TestPostgres.SkipReason is { } reason)
        {
            return [new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, options, testMethod, reason)];
        }

        return [new XunitTestCase(diagnosticMessageSink, display, options, testMethod)];
    }
}
