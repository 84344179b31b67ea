package ducha.cases.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import ducha.app.print.PrintPreviewDialog;
import ducha.app.print.Printing;
import ducha.app.ui.Background;
import ducha.app.ui.Printouts;
import ducha.cases.BulletinDocuments;
import ducha.cases.CaseBulletin;
import ducha.core.security.Principal;

/**
 * 打印预览…: a bulletin composed as its DOCX/PDF are (in a job), shown page by page as it prints, with 打印… in the
 * preview. The outcome of printing (or 没有可用的打印机) goes to the part's status line.
 */
final class BulletinPrint {

	private final Background background;
	private final Principal principal;

	BulletinPrint(Background background, Principal principal) {
		this.background = background;
		this.principal = principal;
	}

	void preview(Shell shell, BulletinDocuments documents, CaseBulletin bulletin, BulletinExport.Outcome outcome) {
		if (documents == null) {
			outcome.report(Messages.Bulletin_noDocuments, true);
			return;
		}
		background.run(NLS.bind(Messages.Bulletin_composeJob, bulletin.label()),
				() -> documents.compose(bulletin.id(), principal), document -> {
					if (shell.isDisposed()) {
						return;
					}
					String title = NLS.bind(Messages.Bulletin_fileName, bulletin.label());
					new PrintPreviewDialog(shell, Printouts.document(title, document), printout -> {
						Printing.Outcome printed = Printing.print(shell, printout);
						if (printed != null) {
							outcome.report(printed.message(), printed.problem());
						}
					}).open();
				}, reason -> outcome.report(NLS.bind(Messages.Cases_refused, reason), true));
	}
}
