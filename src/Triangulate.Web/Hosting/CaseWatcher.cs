using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Triangulate.Web.Hosting;

/// <summary>
/// Looks every two seconds whether another process changed the case (an <c>add</c> that saved its resolution, a
/// decision made with the CLI), so the pages show it without restarting the server.
/// </summary>
internal sealed class CaseWatcher(CaseHost host, ILogger<CaseWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await Task.Run(host.RefreshIfChanged, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A busy database or an add halfway through a save: the next tick tries again.
                logger.LogWarning("could not refresh the case view: {Message}", ex.Message);
            }
        }
    }
}
