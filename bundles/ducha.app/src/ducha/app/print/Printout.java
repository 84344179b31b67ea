package ducha.app.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A whole printout: the title line of every page (the view's name, the court's name when it is known, the day)
 * and the blocks printed one after the other.
 *
 * @param court the court's name, empty when not known
 */
public record Printout(String title, String court, LocalDate date, List<PrintBlock> blocks) {

	public Printout {
		Objects.requireNonNull(title, "title");
		court = court == null ? "" : court.strip();
		Objects.requireNonNull(date, "date");
		blocks = List.copyOf(blocks);
	}

	/** The widest table's number of columns; 0 without tables. */
	public int maxColumns() {
		return blocks.stream().filter(PrintBlock.Table.class::isInstance).map(PrintBlock.Table.class::cast)
				.mapToInt(t -> t.headers().size()).max().orElse(0);
	}
}
