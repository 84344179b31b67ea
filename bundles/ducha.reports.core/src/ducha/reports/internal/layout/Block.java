package ducha.reports.internal.layout;

import java.util.List;

import ducha.core.spi.ReportFigure;

/**
 * One element of the office's official layout. Reports and documents are turned into blocks once, and every
 * renderer draws the same blocks, so DOCX and PDF look alike.
 */
public sealed interface Block {

	/** The document's title, large and centred. */
	record Title(String text) implements Block {
	}

	/** A centred line under the title: period, number, issuing office and date. */
	record Centered(String text) implements Block {
	}

	/** A section heading, e.g. 一、日常督察. */
	record Heading(String text) implements Block {
	}

	/** A body paragraph, first line indented by two characters. */
	record Paragraph(String text) implements Block {
	}

	/** The figures of a section: label and value. */
	record FigureTable(List<ReportFigure> figures) implements Block {

		public FigureTable {
			figures = List.copyOf(figures);
		}
	}

	/** The issuing office and the date, right-aligned at the end. */
	record Signature(String office, String date) implements Block {
	}
}
