package ducha.app.internal.staff;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import ducha.core.ledger.LedgerService;
import ducha.core.security.Principal;

/** Exports the staff ledger (what the user may see) to CSV or XLSX, chosen in a file dialog. */
final class StaffExport {

	static final String LEDGER_KIND = "staff";

	private StaffExport() {
	}

	static void run(Shell shell, LedgerService ledgers, Principal principal, UISynchronize sync) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.Staff_exportTitle);
		dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" });
		dialog.setFilterNames(new String[] { Messages.Staff_exportXlsx, Messages.Staff_exportCsv });
		dialog.setFileName(Messages.Staff_exportFileName);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = withExtension(Path.of(chosen), dialog.getFilterIndex());
		Job.create(Messages.Staff_exportJob, monitor -> {
			try {
				int rows = ledgers.exportFile(LEDGER_KIND, file, principal);
				sync.asyncExec(() -> MessageDialog.openInformation(shell, Messages.Staff_exportTitle,
						NLS.bind(Messages.Staff_exportDone, rows, file)));
			} catch (RuntimeException e) {
				ILog.of(StaffExport.class).error("Staff export to " + file + " failed", e);
				sync.asyncExec(() -> MessageDialog.openError(shell, Messages.Staff_exportTitle,
						NLS.bind(Messages.Staff_exportFailed, file, e.getMessage())));
			}
		}).schedule();
	}

	/** The format follows the file name; a name without extension gets the one of the chosen filter. */
	private static Path withExtension(Path file, int filterIndex) {
		String name = file.getFileName().toString().toLowerCase();
		if (name.endsWith(".xlsx") || name.endsWith(".csv") || Files.isDirectory(file)) {
			return file;
		}
		return file.resolveSibling(file.getFileName() + (filterIndex == 1 ? ".csv" : ".xlsx"));
	}
}
