package ducha.app.print;

import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Shell;

/**
 * Printing a printout: the system's print dialog (the printer, the copies, the orientation proposed by the
 * layout), then one printer page per page of the layout. Without any printer (a computer with none installed, a
 * test display) it prints nothing and says so.
 */
public final class Printing {

	/** The outcome for the view's status line: a message, and whether it is a problem. */
	public record Outcome(String message, boolean problem) {
	}

	private static final ILog LOG = ILog.of(Printing.class);

	/** The installed printers; the UI tests replace them. */
	private static volatile Supplier<PrinterData[]> printers = Printer::getPrinterList;
	/** Chooses in the print dialog's place while set (the UI tests); null: the dialog asks the user. */
	private static volatile Function<PrintDialog, PrinterData> answer;

	private Printing() {
	}

	/** For the UI tests: the printers the workbench finds (null: the system's). */
	public static void printersFrom(Supplier<PrinterData[]> installed) {
		printers = installed != null ? installed : Printer::getPrinterList;
	}

	/** For the UI tests: the print dialog is answered by the function instead of being opened (null: opened). */
	public static void answerWith(Function<PrintDialog, PrinterData> answering) {
		answer = answering;
	}

	/** Whether any printer is installed. */
	public static boolean hasPrinter() {
		PrinterData[] installed = printers.get();
		return installed != null && installed.length > 0;
	}

	/**
	 * Asks for the printer and prints.
	 *
	 * @return what happened, for the view's status line; null when the user cancelled the print dialog
	 */
	public static Outcome print(Shell shell, Printout printout) {
		if (!hasPrinter()) {
			return new Outcome(Messages.Print_noPrinter, true);
		}
		PrintDialog dialog = new PrintDialog(shell);
		PrinterData proposed = Printer.getDefaultPrinterData();
		if (proposed != null) {
			proposed.orientation = landscape(shell, printout) ? PrinterData.LANDSCAPE : PrinterData.PORTRAIT;
			dialog.setPrinterData(proposed);
		}
		Function<PrintDialog, PrinterData> answering = answer;
		PrinterData chosen = answering != null ? answering.apply(dialog) : dialog.open();
		if (chosen == null) {
			return null;
		}
		try {
			int pages = print(chosen, printout);
			return new Outcome(NLS.bind(Messages.Print_printed, new Object[] { printout.title(), chosen.name,
					pages }), false);
		} catch (SWTException | SWTError e) {
			LOG.error("Printing " + printout.title() + " failed", e);
			return new Outcome(NLS.bind(Messages.Print_failed, printout.title(), e.getMessage()), true);
		}
	}

	/** Whether the printout is printed across the paper, measured with the screen's font. */
	static boolean landscape(Shell shell, Printout printout) {
		Image probe = new Image(shell.getDisplay(), 1, 1);
		GC gc = new GC(probe);
		try {
			return PageLayout.wantsLandscape(printout, gc);
		} finally {
			gc.dispose();
			probe.dispose();
		}
	}

	/** Prints every page on the chosen printer; returns the number of pages. */
	private static int print(PrinterData chosen, Printout printout) {
		Printer printer = new Printer(chosen);
		try {
			if (!printer.startJob(printout.title())) {
				// the printer (its name) refused the job: the outcome names it
				throw new SWTException(chosen.name);
			}
			GC gc = new GC(printer);
			try (PageLayout layout = new PageLayout(printout, PageFormat.of(printer), gc)) {
				for (int page = 0; page < layout.pageCount(); page++) {
					if (printer.startPage()) {
						layout.draw(gc, page);
						printer.endPage();
					}
				}
				printer.endJob();
				return layout.pageCount();
			} finally {
				gc.dispose();
			}
		} finally {
			printer.dispose();
		}
	}
}
