package ducha.app.print;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;

import ducha.app.ui.ShownTable;

/** One piece of a printout: a table (a list as shown), a picture (a chart) or text (a document). */
public sealed interface PrintBlock permits PrintBlock.Table, PrintBlock.Picture, PrintBlock.Text {

	/**
	 * A list as its view shows it: the visible columns' headers and the shown rows, as texts.
	 *
	 * @param caption a line above the table (e.g. the tab it came from), null for none
	 */
	record Table(String caption, List<String> headers, List<List<String>> rows) implements PrintBlock {

		public Table {
			headers = List.copyOf(headers);
			// a row as long as the headers, null cells as empty texts: the layout need not guard either
			List<List<String>> copied = new ArrayList<>(rows.size());
			for (List<String> row : rows) {
				List<String> cells = new ArrayList<>(headers.size());
				for (int c = 0; c < headers.size(); c++) {
					String cell = c < row.size() ? row.get(c) : null;
					cells.add(cell == null ? "" : cell);
				}
				copied.add(Collections.unmodifiableList(cells));
			}
			rows = Collections.unmodifiableList(copied);
		}

		/** The rows and columns an export of the list writes ({@link ShownTable}): printed and exported agree. */
		public static Table of(String caption, ShownTable shown) {
			List<List<String>> rows = shown.rows().stream()
					.map(row -> row.stream().map(cell -> cell == null ? "" : cell.toString()).toList()).toList();
			return new Table(caption, shown.headers(), rows);
		}
	}

	/**
	 * A picture printed as large as the page allows, keeping its proportions.
	 *
	 * @param caption a line above the picture, null for none
	 */
	record Picture(String caption, ImageData image) implements PrintBlock {
	}

	/** A document's text: paragraphs one under the other, wrapped to the page's width, running on over pages. */
	record Text(List<Paragraph> paragraphs) implements PrintBlock {

		public Text {
			paragraphs = List.copyOf(paragraphs);
		}
	}

	/** How a paragraph of a document is set. */
	enum Style {
		/** The document's title: large, bold, centred. */
		TITLE,
		/** Centred (a document's number). */
		CENTRED,
		/** Body text: its first line indented by two characters, as Chinese documents are. */
		BODY,
		/** Right-aligned (the issuing office and the day under the body). */
		RIGHT
	}

	/** One paragraph of a {@link Text}. */
	record Paragraph(String text, Style style) {

		public Paragraph {
			text = text == null ? "" : text;
		}
	}
}
