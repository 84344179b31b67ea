package ducha.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ducha.core.security.Principal;

/**
 * Marks cases as one of the four kinds of cases (四类案件) or as major cases (重大案件), and lists them. Marking and
 * unmarking need {@link CasePermissions#MARK}, a reason and a case the actor may see; both are audited and kept as
 * events: unmarking appends to the history, nothing is ever deleted. Lists are scoped to the reader's departments
 * like the register and page by (filing date, 案号), oldest filing first.
 */
public interface CaseMarkingService {

	/**
	 * Marks the case as the kind.
	 *
	 * @throws ducha.core.ValidationException     when the reason is blank or the case already carries the mark
	 * @throws ducha.core.NotFoundException       when the register has no such case the actor may see
	 * @throws ducha.core.security.AccessDeniedException without {@link CasePermissions#MARK}
	 */
	CaseMarking mark(String caseNo, MarkKind kind, String reason, Principal actor);

	/** Removes the mark, keeping the history; the case must carry it. Same rules as {@link #mark}. */
	CaseMarking unmark(String caseNo, MarkKind kind, String reason, Principal actor);

	/** Every mark and unmark of the case, oldest first (needs {@link CasePermissions#READ}). */
	List<CaseMarking> history(String caseNo, Principal reader);

	/** The kinds the case carries now. */
	Set<MarkKind> kindsOf(String caseNo, Principal reader);

	/** How many cases matching the query carry at least one of the kinds now. */
	long count(Set<MarkKind> kinds, CaseQuery query, LocalDate asOf, Principal reader);

	/**
	 * One page of the cases carrying at least one of the kinds, oldest filing first, each with its current marks of
	 * those kinds. {@link CaseQuery#minAgeDays()} counts from {@code asOf}.
	 *
	 * @param after the previous page's {@link CasePage#next()}, or null
	 * @param limit 1..1000
	 */
	CasePage<MarkedCase> marked(Set<MarkKind> kinds, CaseQuery query, LocalDate asOf, PageKey after, int limit,
			Principal reader);
}
