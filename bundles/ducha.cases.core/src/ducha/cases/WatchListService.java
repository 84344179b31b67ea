package ducha.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import ducha.core.security.Principal;

/** The long-pending watch list (长期未结案) and its rule table. */
public interface WatchListService {

	/** The rule table, most specific rules first. */
	List<WatchRule> rules();

	/**
	 * Adds (id 0) or replaces a rule; one rule per type and procedure. Needs {@link CasePermissions#RULES}. Every
	 * case's long-pending date is recomputed from the new rule table in the same transaction (seconds at a million
	 * cases: run it as a job with progress).
	 *
	 * @param monitor progress of the recomputation; a cancel stores nothing ({@code OperationCanceledException});
	 *                may be null
	 * @return the stored rule with its id
	 * @throws ducha.core.ConcurrentChangeException when a replaced rule changed since the caller read it
	 *                                              ({@link WatchRule#version()})
	 */
	WatchRule saveRule(WatchRule rule, Principal actor, IProgressMonitor monitor);

	/** {@link #saveRule(WatchRule, Principal, IProgressMonitor)} without progress. */
	default WatchRule saveRule(WatchRule rule, Principal actor) {
		return saveRule(rule, actor, null);
	}

	/**
	 * Deletes a rule as the caller saw it; refused like {@link #saveRule} when it changed since. The long-pending
	 * dates are recomputed as for a save.
	 */
	void deleteRule(long id, long seenVersion, Principal actor, IProgressMonitor monitor);

	/** {@link #deleteRule(long, long, Principal, IProgressMonitor)} without progress. */
	default void deleteRule(long id, long seenVersion, Principal actor) {
		deleteRule(id, seenVersion, actor, null);
	}

	/** How many open cases the reader may see are flagged on the day. */
	long countLongPending(CaseQuery query, LocalDate asOf, Principal reader);

	/**
	 * How many open cases the reader may see are flagged on the day, per department code (departments without
	 * flagged cases are absent). One grouped query: for dashboards.
	 */
	Map<String, Long> countLongPendingByDepartment(CaseQuery query, LocalDate asOf, Principal reader);

	/**
	 * Flagged open cases, one keyset page at a time, most overdue first: ordered by the day each became long-pending
	 * ({@link WatchListEntry#flagDate()}: filing date + the deciding rule's days), then by 案号.
	 */
	CasePage<WatchListEntry> longPending(CaseQuery query, LocalDate asOf, PageKey after, int limit,
			Principal reader);
}
