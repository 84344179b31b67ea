package ducha.petitions.ui.internal;

import org.eclipse.osgi.util.NLS;

import ducha.app.print.PrintPreviewDialog;
import ducha.app.print.Printing;
import ducha.app.ui.Printouts;
import ducha.petitions.Clearance;

/**
 * 打印预览…: the clearance notice composed as its DOCX/PDF are (in a job, numbered the first time as an export
 * numbers it), shown page by page as it prints, with 打印… in the preview. The outcome of printing (or 没有可用的打印机)
 * and a refusal go to the part's status line.
 */
final class ClearancePrint {

	private final Casework work;

	ClearancePrint(Casework work) {
		this.work = work;
	}

	/** Previews the notice; {@code issued} runs once it was composed (it may have taken its number now). */
	void preview(Clearance clearance, Runnable issued) {
		work.calls().run(Messages.Clearance_noticeJob,
				s -> s.issueClearanceNotice(clearance.id(), work.principal()), document -> {
					issued.run();
					if (work.shell().isDisposed()) {
						return;
					}
					String title = NLS.bind(Messages.Clearance_fileName, clearance.staffNo());
					new PrintPreviewDialog(work.shell(), Printouts.document(title, document), printout -> {
						Printing.Outcome printed = Printing.print(work.shell(), printout);
						if (printed != null) {
							work.status().accept(printed.message());
						}
					}).open();
				}, reason -> work.status().accept(NLS.bind(Messages.Clearance_refused, reason)));
	}
}
