package ducha.cases.ui.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import ducha.app.ui.Background;
import ducha.app.ui.FileDialogs;
import ducha.cases.BulletinDocuments;
import ducha.cases.CaseBulletin;
import ducha.core.documents.DocumentFormat;
import ducha.core.security.Principal;

/**
 * 导出 DOCX/PDF: writes a bulletin as an official document to a file the user chooses, in a job. The document
 * service is optional: without it the user is told so and nothing is written.
 */
final class BulletinExport {

	/** Where the outcome goes: the status line of the part. */
	interface Outcome {
		void report(String message, boolean problem);
	}

	private final Background background;
	private final Principal principal;

	BulletinExport(Background background, Principal principal) {
		this.background = background;
		this.principal = principal;
	}

	void export(Shell shell, BulletinDocuments documents, CaseBulletin bulletin, DocumentFormat format,
			Outcome outcome) {
		if (documents == null || !documents.canWrite()) {
			outcome.report(Messages.Bulletin_noDocuments, true);
			return;
		}
		String extension = format.name().toLowerCase(Locale.ROOT);
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + extension });
		dialog.setFileName(NLS.bind(Messages.Bulletin_fileName, bulletin.label()) + "." + extension);
		String chosen = FileDialogs.open(dialog);
		if (chosen != null) {
			write(documents, bulletin, format, Path.of(chosen), outcome);
		}
	}

	/** Writes in a job; also used by tests, which cannot drive the native file dialog. */
	void write(BulletinDocuments documents, CaseBulletin bulletin, DocumentFormat format, Path file,
			Outcome outcome) {
		outcome.report(NLS.bind(Messages.Bulletin_exporting, file.getFileName()), false);
		background.run(NLS.bind(Messages.Bulletin_exportJob, bulletin.label()), () -> {
			documents.write(bulletin.id(), format, file, principal);
			return file;
		}, written -> outcome.report(NLS.bind(Messages.Bulletin_exported, bulletin.label(), written), false),
				reason -> outcome.report(NLS.bind(Messages.Cases_refused, reason), true));
	}
}
