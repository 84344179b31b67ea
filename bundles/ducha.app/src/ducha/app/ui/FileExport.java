package ducha.app.ui;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import ducha.core.ledger.TableFile;

/**
 * 导出 of a list to a CSV or XLSX file: the user picks the file (the format follows its extension), a job writes
 * it beside the target and moves it in place, so that a failed or cancelled export leaves no half-written file.
 */
public final class FileExport {

	/** The file formats a list is exported to; the writers (Commons CSV, POI) choose by the file's extension. */
	public enum Format {
		XLSX, CSV;

		String extension() {
			return name().toLowerCase(Locale.ROOT);
		}

		String filterName() {
			return this == XLSX ? Messages.Export_xlsx : Messages.Export_csv;
		}
	}

	/** Writes the list to the file; returns the number of rows written. */
	@FunctionalInterface
	public interface Writer {
		long write(Path file, IProgressMonitor monitor) throws Exception;
	}

	/** Writes the list to a stream; returns the number of rows written. */
	@FunctionalInterface
	public interface StreamWriter {
		long write(OutputStream out, IProgressMonitor monitor) throws Exception;
	}

	private FileExport() {
	}

	/** A writer for code that writes to a stream. */
	public static Writer toStream(StreamWriter writer) {
		return (file, monitor) -> {
			try (OutputStream out = Files.newOutputStream(file)) {
				return writer.write(out, monitor);
			}
		};
	}

	/**
	 * Asks where to export; a name without an extension gets the one of the chosen format.
	 *
	 * @return the file, or null when the user cancelled
	 */
	public static Path choose(Shell shell, String title, String fileName, Format... formats) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(title);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(Arrays.stream(formats).map(f -> "*." + f.extension()).toArray(String[]::new));
		dialog.setFilterNames(Arrays.stream(formats).map(Format::filterName).toArray(String[]::new));
		dialog.setFileName(fileName + "." + formats[0].extension());
		String chosen = FileDialogs.open(dialog);
		if (chosen == null) {
			return null;
		}
		Path file = Path.of(chosen);
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (Arrays.stream(formats).anyMatch(f -> name.endsWith("." + f.extension()))) {
			return file;
		}
		int index = Math.max(0, dialog.getFilterIndex());
		return file.resolveSibling(file.getFileName() + "." + formats[index].extension());
	}

	/**
	 * Writes the file in a cancellable user job; {@code written} gets the number of rows, {@code failed} the reason
	 * (also for a cancelled export), both on the UI thread.
	 */
	public static Job write(Background background, Path target, Writer writer, Consumer<Long> written,
			Consumer<String> failed) {
		return background.runWithProgress(NLS.bind(Messages.Export_job, target.getFileName()),
				monitor -> writeFile(target, writer, monitor), written, failed,
				() -> failed.accept(Messages.Export_cancelled));
	}

	/**
	 * 导出所显示的行…: asks for the file (XLSX or CSV) and writes the table as the list shows it in a cancellable job;
	 * {@code done} gets the outcome in words (how many rows, which file), {@code failed} the reason, both on the UI
	 * thread. The table is taken before this call, on the UI thread: the job never reads a widget.
	 *
	 * @param fileName the proposed file name, without extension
	 */
	public static void exportShown(Shell shell, Background background, String fileName, ShownTable shown,
			Consumer<String> done, Consumer<String> failed) {
		Path file = choose(shell, Messages.Export_shownTitle, fileName, Format.XLSX, Format.CSV);
		if (file != null) {
			write(background, file, (target, monitor) -> TableFile.write(target, shown.headers(), shown.rows()),
					rows -> done.accept(NLS.bind(Messages.Export_shownDone, rows, file)),
					reason -> failed.accept(NLS.bind(Messages.Export_failed, file.getFileName(), reason)));
		}
	}

	private static long writeFile(Path target, Writer writer, IProgressMonitor monitor) throws Exception {
		Path folder = target.toAbsolutePath().getParent();
		String name = target.getFileName().toString();
		// the same extension as the target: writers choose the format by it
		Path temporary = Files.createTempFile(folder, ".export-", name.substring(Math.max(0, name.lastIndexOf('.'))));
		try {
			long rows = writer.write(temporary, monitor);
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			return rows;
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
