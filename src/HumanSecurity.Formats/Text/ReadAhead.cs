using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace HumanSecurity.Formats.Text;

/// <summary>Enumerates a source on a dedicated thread, a few batches ahead of the consumer, so parsing (Sep, cell
/// strings) overlaps with checking on a second core. Order is kept; when the source throws, the consumer first gets every
/// item before the failure, then the exception as it was; when the consumer stops early, the reader thread is stopped
/// and awaited (so the source is disposed before this returns).</summary>
internal static class ReadAhead
{
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int batchSize = 4096, int batchesAhead = 4)
    {
        using var queue = new BlockingCollection<List<T>>(batchesAhead);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var reader = Task.Factory.StartNew(() => failure = Fill(source, queue, batchSize, stop.Token),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
                foreach (var item in batch) yield return item;
            reader.Wait(CancellationToken.None);
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            reader.Wait(CancellationToken.None);
        }
    }

    private static ExceptionDispatchInfo? Fill<T>(IEnumerable<T> source, BlockingCollection<List<T>> queue, int batchSize, CancellationToken stop)
    {
        var batch = new List<T>(batchSize);
        ExceptionDispatchInfo? failure = null;
        try
        {
            foreach (var item in source)
            {
                batch.Add(item);
                if (batch.Count < batchSize) continue;
                queue.Add(batch, stop);
                batch = new List<T>(batchSize);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the consumer stopped early
        }
        catch (Exception e)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }
        try
        {
            if (batch.Count > 0 && !stop.IsCancellationRequested) queue.Add(batch, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the consumer stopped early; nothing more is wanted
        }
        finally
        {
            queue.CompleteAdding();
        }
        return failure;
    }
}
