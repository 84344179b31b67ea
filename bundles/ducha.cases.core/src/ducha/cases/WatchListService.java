package ducha.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ducha.core.security.Principal;

/** The long-pending watch list (长期未结案) and its rule table. */
public interface WatchListService {

	/** The rule table, most specific rules first. */
	List<WatchRule> rules();

	/**
	 * Adds (id 0) or replaces a rule; one rule per type and procedure. Needs {@link CasePermissions#RULES}.
	 *
	 * @return the stored rule with its id
	 * @throws ducha.core.ConcurrentChangeException when a replaced rule changed since the caller read it
	 *                                              ({@link WatchRule#version()})
	 */
	WatchRule saveRule(WatchRule rule, Principal actor);

	/** Deletes a rule as the caller saw it; refused like {@link #saveRule} when it changed since. */
	void deleteRule(long id, long seenVersion, Principal actor);

	/** How many open cases the reader may see are flagged on the day. */
	long countLongPending(CaseQuery query, LocalDate asOf, Principal reader);

	/**
	 * How many open cases the reader may see are flagged on the day, per department code (departments without
	 * flagged cases are absent). One grouped query: for dashboards.
	 */
	Map<String, Long> countLongPendingByDepartment(CaseQuery query, LocalDate asOf, Principal reader);

	/** Flagged open cases, oldest filing first, one keyset page at a time. */
	CasePage<WatchListEntry> longPending(CaseQuery query, LocalDate asOf, PageKey after, int limit,
			Principal reader);
}
