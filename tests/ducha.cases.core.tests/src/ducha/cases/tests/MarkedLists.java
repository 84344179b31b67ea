package ducha.cases.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ducha.cases.CaseMarkingService;
import ducha.cases.CasePage;
import ducha.cases.CaseQuery;
import ducha.cases.MarkKind;
import ducha.cases.MarkedCase;
import ducha.cases.PageKey;
import ducha.core.security.Principal;

/** The marked cases' list as the tests read it: every page of the given size walked by its keys. */
final class MarkedLists {

	private MarkedLists() {
	}

	/** Sequence numbers of the list, in its order. */
	static List<Integer> sequences(CaseMarkingService marking, Set<MarkKind> kinds, CaseQuery query, int pageSize,
			Principal reader) {
		List<Integer> sequences = new ArrayList<>();
		PageKey key = null;
		do {
			CasePage<MarkedCase> page = marking.marked(kinds, query, LocalDate.now(), key, pageSize, reader);
			page.rows().forEach(m -> sequences.add(m.record().number().sequence()));
			key = page.next();
		} while (key != null);
		return sequences;
	}
}
