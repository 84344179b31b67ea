package ducha.cases;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A case on the four-kinds or major-case list with the marks it currently carries.
 *
 * @param record  the case
 * @param ageDays days since filing on the day the list was computed (to closing, when closed earlier)
 * @param marks   the current marks of the listed kinds, oldest first (never empty)
 */
public record MarkedCase(CaseRecord record, long ageDays, List<CaseMarking> marks) {

	public MarkedCase {
		marks = List.copyOf(marks);
	}

	/** The kinds' labels joined with ；, e.g. 重大敏感、疑难复杂；群体性纠纷或社会关注 (for a table cell). */
	public String kindsText() {
		return marks.stream().map(m -> m.kind().label()).collect(Collectors.joining("；"));
	}
}
