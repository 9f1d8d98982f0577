using HumanSecurity.Formats.Import;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace HumanSecurity.Cli.Commands;

/// <summary>Import progress on a terminal (Spectre.Console): one line per phase as it starts, with a bar (the share of
/// the file read, for streamed files; a spinner where the size of the work is unknown, e.g. the commit), accepted rows,
/// rows/s and time left.</summary>
internal sealed class ImportProgressDisplay(ProgressContext context, string label) : IProgress<ImportProgress>
{
    private readonly Dictionary<ImportPhase, ProgressTask> _tasks = [];
    private readonly Lock _lock = new();

    /// <summary>The columns the display needs.</summary>
    public static ProgressColumn[] Columns() =>
        [new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn { Width = 20 }, new PercentageColumn(), new RowsColumn(), new RemainingTimeColumn(), new SpinnerColumn()];

    public void Report(ImportProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_lock)
        {
            if (!_tasks.TryGetValue(value.Phase, out var task))
            {
                task = context.AddTask(Markup.Escape($"{ImportProgressText.Phase(value.Phase),-6} {label}"), maxValue: 1);
                task.IsIndeterminate = true;
                _tasks[value.Phase] = task;
            }
            task.State.Update<long>(RowsColumn.RowsKey, _ => value.Rows);
            task.State.Update<int>(RowsColumn.ErrorsKey, _ => value.Errors);
            if (value.Fraction is { } f)
            {
                task.IsIndeterminate = false;
                task.Value = f;
            }
            if (value.Done) task.StopTask();
        }
    }

    /// <summary>Accepted rows of a phase, rows/s and errors.</summary>
    private sealed class RowsColumn : ProgressColumn
    {
        public const string RowsKey = "rows";
        public const string ErrorsKey = "errors";

        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var rows = task.State.Get<long>(RowsKey);
            var parts = new[] { ImportProgressText.Rows(rows), ImportProgressText.Rate(rows, task.ElapsedTime ?? TimeSpan.Zero), ImportProgressText.Errors(task.State.Get<int>(ErrorsKey)) };
            return new Text(string.Join(", ", parts.Where(p => p is not null)));
        }
    }
}
