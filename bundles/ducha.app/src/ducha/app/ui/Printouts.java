package ducha.app.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;

import ducha.app.print.PrintBlock;
import ducha.app.print.PrintBlock.Paragraph;
import ducha.app.print.PrintBlock.Style;
import ducha.app.print.Printout;
import ducha.core.DataFolder;
import ducha.core.DuchaException;
import ducha.core.documents.OfficialDocument;

/**
 * Printouts as the workbench prints them: under a title, with the court's name ({@code court.name} of
 * ducha.properties, when set) and today's date on every page; an official document (通报, 报告) set as its
 * DOCX/PDF are: title, number, body paragraphs, office and date.
 */
public final class Printouts {

	/** The court's name on every printed page, in ducha.properties. */
	public static final String COURT_NAME = "court.name";

	private static final ILog LOG = ILog.of(Printouts.class);

	private Printouts() {
	}

	/** The blocks under the title (a view's name, a document's name), the court's name and today. */
	public static Printout of(String title, List<PrintBlock> blocks) {
		return new Printout(title, courtName(), LocalDate.now(), blocks);
	}

	/** An official document, printed under the given title (e.g. 案件通报2026年第3期). */
	public static Printout document(String title, OfficialDocument document) {
		List<Paragraph> paragraphs = new ArrayList<>();
		paragraphs.add(new Paragraph(document.title(), Style.TITLE));
		if (!document.number().isBlank()) {
			paragraphs.add(new Paragraph(document.number(), Style.CENTRED));
		}
		document.paragraphs().forEach(text -> paragraphs.add(new Paragraph(text, Style.BODY)));
		paragraphs.add(new Paragraph(document.office(), Style.RIGHT));
		LocalDate day = document.date();
		// 2024年3月5日, as official documents write dates
		paragraphs.add(new Paragraph(day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日",
				Style.RIGHT));
		return of(title, List.of(new PrintBlock.Text(paragraphs)));
	}

	/**
	 * An official document not issued yet, for a preview that must not take its number: its number line reads
	 * （草稿，出具时编号）, so that a printed draft cannot pass for the issued document.
	 */
	public static Printout draft(String title, OfficialDocument document) {
		return document(title, new OfficialDocument(document.title(), Messages.Printouts_draftNumber, document.date(),
				document.paragraphs(), document.office()));
	}

	/** The court's name set in ducha.properties; empty when none is set or the file cannot be read. */
	public static String courtName() {
		try {
			return DataFolder.readSettings(DataFolder.configFile()).getProperty(COURT_NAME, "").strip();
		} catch (DuchaException e) {
			// the pages go without the court's name; the settings' problem shows where they are used
			LOG.warn("Could not read the court's name for printing", e);
			return "";
		}
	}
}
