package ducha.cases.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import ducha.core.DuchaException;

/**
 * 导出XLSX of a watch list: the user picks the file, a job writes it beside the target and moves it in place, so
 * that a failed or cancelled export leaves no half-written workbook.
 */
final class XlsxExport {

	/** Writes the list to the stream; returns the number of cases written. */
	@FunctionalInterface
	interface Writer {
		long write(OutputStream out, IProgressMonitor monitor);
	}

	private static final ILog LOG = ILog.of(XlsxExport.class);

	private XlsxExport() {
	}

	/** Asks for the file and exports; outcome gets (message, problem) on the UI thread. */
	static void run(Shell shell, String listName, UISynchronize sync, Writer writer,
			BiConsumer<String, Boolean> outcome) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*.xlsx" });
		dialog.setFileName(listName + ".xlsx");
		String chosen = dialog.open();
		if (chosen != null) {
			write(Path.of(chosen), sync, writer, outcome);
		}
	}

	static void write(Path target, UISynchronize sync, Writer writer, BiConsumer<String, Boolean> outcome) {
		outcome.accept(NLS.bind(Messages.Bulletin_exporting, target.getFileName()), false);
		Job job = Job.create(NLS.bind(Messages.Filter_exportJob, target.getFileName()), monitor -> {
			try {
				long rows = writeFile(target, writer, monitor);
				sync.asyncExec(() -> outcome.accept(NLS.bind(Messages.Filter_exported, rows, target), false));
			} catch (OperationCanceledException e) {
				sync.asyncExec(() -> outcome.accept(Messages.Filter_exportCancelled, true));
				return Status.CANCEL_STATUS;
			} catch (IOException | DuchaException e) {
				LOG.warn("Export to " + target + " failed", e);
				sync.asyncExec(() -> outcome.accept(NLS.bind(Messages.Cases_refused, e.getMessage()), true));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	private static long writeFile(Path target, Writer writer, IProgressMonitor monitor) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Path temporary = Files.createTempFile(folder, ".export-", ".part");
		try {
			long rows;
			try (OutputStream out = Files.newOutputStream(temporary)) {
				rows = writer.write(out, monitor);
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			return rows;
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
