package ducha.core.spi;

import java.util.Objects;

/**
 * One hit of the workbench's quick-find ({@link RecordFinder}): what the list of hits shows and what opens the
 * record. It carries only what the viewer may see (a petition's hit never names its reporter).
 *
 * @param kind      what the record is, e.g. 案件, 信访件, 干警 (shown in the first column)
 * @param title     its number or name, e.g. (2024)京0105民初123号, XF2024-003, 张三（10066）
 * @param line      a short line beside it (案由, department, state), may be empty
 * @param target    the {@link ViewTargets logical view} that shows the record
 * @param reference what that view needs to show this record (its number, 工号, id): opaque to the workbench
 */
public record FoundRecord(String kind, String title, String line, String target, String reference) {

	public FoundRecord {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(title, "title");
		line = line == null ? "" : line;
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(reference, "reference");
	}
}
