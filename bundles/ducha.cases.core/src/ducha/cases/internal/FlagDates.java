package ducha.cases.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import ducha.cases.CaseFamily;
import ducha.cases.CaseRecord;
import ducha.cases.CaseStatus;
import ducha.cases.WatchBasis;
import ducha.cases.WatchRule;
import ducha.cases.WatchRules;

/**
 * The stored long-pending date of every case (case_register.flag_date, cases migration V7): the filing date plus
 * the days of the rule that decides the case ({@link WatchRules}: the narrowest covering rule), for open cases;
 * null for closed cases and for open cases no rule covers. The long-pending list is then one index range
 * ({@code flag_date <= asOf}) instead of a selection per (type, procedure) pair sorted by filing date, which cost
 * 1–2 s at a million cases (docs/cases-watch-lists.md, docs/benchmarks.md).
 * <p>
 * Recomputed set-based, in the caller's transaction, whenever what it depends on changes: at the end of every
 * import (statuses, types and filing dates come only from imports), when a rule is saved or deleted, and once by
 * the migration for the rows already stored. One UPDATE per rule writes the rows that rule decides (it covers them
 * and no rule before it in {@link WatchRules#rules()} order does), and only rows whose date differs, so a re-import
 * that changes little writes little; one more UPDATE clears the dates no rule gives any more (closed cases, rules
 * removed). Each UPDATE is written so that an index can find its rows: the open ones (the watch index leads with
 * the status) or the flagged ones (a range of the flag index, which {@code is not null} would not give Derby).
 */
public final class FlagDates {

	/** Statuses whose cases can be long-pending. */
	static final List<String> OPEN = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen)
			.map(Enum::name).toList();

	/** Before every filing date: {@code flag_date >= FIRST} reads the flagged rows as a range of the flag index. */
	private static final java.sql.Date FIRST = java.sql.Date.valueOf("0001-01-01");

	private FlagDates() {
	}

	/** Recomputes every case's date from the rules stored on this connection (the import's own transaction). */
	static int refresh(Connection connection) throws SQLException {
		return recompute(connection, storedRules(connection), null);
	}

	/**
	 * Recomputes every case's date from the given rule table, inside the connection's transaction.
	 *
	 * @param monitor progress (one step per rule), cancelled with {@link OperationCanceledException}: the caller
	 *                rolls the transaction back; may be null
	 * @return the rows whose date changed
	 */
	public static int recompute(Connection connection, List<WatchRule> table, IProgressMonitor monitor)
			throws SQLException {
		List<WatchRule> rules = new WatchRules(table).rules();
		SubMonitor progress = SubMonitor.convert(monitor, Messages.flagDatesTask, rules.size() + 1);
		Dialect dialect = Dialect.of(connection);
		int changed = 0;
		for (int i = 0; i < rules.size(); i++) {
			changed += decide(connection, dialect, rules.get(i), rules.subList(0, i));
			progress.worked(1);
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
		}
		changed += clearUncovered(connection, rules);
		progress.worked(1);
		return changed;
	}

	/** Sets the date of the open cases the rule decides: it covers them and none of the rules before it does. */
	private static int decide(Connection connection, Dialect dialect, WatchRule rule, List<WatchRule> before)
			throws SQLException {
		Condition where = open().and(covers(rule));
		for (WatchRule narrower : before) {
			where = where.and(covers(narrower).negated());
		}
		String date = dialect.plusDays("filing_date", rule.flagAfterDays());
		where = where.and(new Condition("(flag_date is null or flag_date <> " + date + ")", List.of()));
		return where.update(connection, "update case_register set flag_date = " + date);
	}

	/** Clears the date of flagged cases that are closed or that no rule covers any more. */
	private static int clearUncovered(Connection connection, List<WatchRule> rules) throws SQLException {
		Condition covered = rules.stream().map(FlagDates::covers).reduce(Condition::or)
				.map(any -> open().and(any)).orElse(Condition.FALSE);
		return new Condition("flag_date >= ?", List.of(FIRST)).and(covered.negated()).update(connection,
				"update case_register set flag_date = null");
	}

	private static Condition open() {
		return new Condition("status in (" + OPEN.stream().map(s -> "?").collect(Collectors.joining(", ")) + ")",
				List.copyOf(OPEN));
	}

	/**
	 * The rule's {@link WatchRule#covers} in SQL, never unknown (so that its negation is exact): a family is matched
	 * on the register's case_family (the constant name, the rule holds the label), a code on case_type.
	 */
	private static Condition covers(WatchRule rule) {
		Condition c = Condition.TRUE;
		if (rule.caseType() != null) {
			CaseFamily family = rule.namesFamily() ? CaseFamily.parse(rule.caseType()) : null;
			c = family != null ? c.and(new Condition("coalesce(case_family, '') = ?", List.of(family.name())))
					: c.and(new Condition("case_type = ?", List.of(rule.caseType())));
		}
		if (rule.procedure() != null) {
			c = c.and(new Condition("coalesce(trial_procedure, '') = ?", List.of(rule.procedure())));
		}
		return c;
	}

	/**
	 * The same dates worked out in Java, for cases not stored yet: a bulk load writes them with the rows, so that
	 * the {@link #refresh} after it reads the open cases but finds nothing to change (on PostgreSQL an UPDATE of
	 * every open case would write each of them a second time). The refresh still decides what is stored.
	 */
	static final class Ahead {

		private final List<WatchRule> table;
		private final WatchRules rules;
		private final Map<List<String>, Integer> days = new HashMap<>();

		Ahead(List<WatchRule> table) {
			this.table = List.copyOf(table);
			this.rules = new WatchRules(table);
		}

		/** The rule table the dates come from. */
		List<WatchRule> rules() {
			return table;
		}

		/** The case's long-pending date, or null (closed, or no rule covers it). */
		LocalDate of(CaseRecord record) {
			if (!record.status().isOpen()) {
				return null;
			}
			String type = record.number().type();
			String procedure = record.procedure();
			int after = days.computeIfAbsent(Arrays.asList(type, procedure),
					k -> rules.ruleFor(type, procedure).map(WatchRule::flagAfterDays).orElse(-1));
			return after < 0 ? null : record.filingDate().plusDays(after);
		}
	}

	/** The rule table as stored (the migration and the import read it on their own connection). */
	public static List<WatchRule> storedRules(Connection connection) throws SQLException {
		List<WatchRule> rules = new ArrayList<>();
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select id, case_type,"
				+ " trial_procedure, basis, threshold_days, limit_share_percent, label from watch_rule"
				// in a fixed order: the importer compares the table read before a load with the one at its end
				+ " order by id")) {
			while (rs.next()) {
				int share = rs.getInt(6);
				Integer percent = rs.wasNull() ? null : share;
				rules.add(new WatchRule(rs.getLong(1), rs.getString(2), rs.getString(3),
						WatchBasis.valueOf(rs.getString(4)), rs.getInt(5), percent, rs.getString(7)));
			}
		}
		return rules;
	}

	/** A SQL condition with its parameters, in order. */
	private record Condition(String sql, List<Object> parameters) {

		static final Condition TRUE = new Condition("1 = 1", List.of());
		static final Condition FALSE = new Condition("1 = 0", List.of());

		Condition and(Condition other) {
			return join(other, " and ");
		}

		Condition or(Condition other) {
			return join(other, " or ");
		}

		Condition negated() {
			return new Condition("not (" + sql + ")", parameters);
		}

		private Condition join(Condition other, String operator) {
			if (this == TRUE && operator.equals(" and ")) {
				return other;
			}
			List<Object> all = new ArrayList<>(parameters);
			all.addAll(other.parameters);
			return new Condition("(" + sql + operator + other.sql + ")", all);
		}

		int update(Connection connection, String update) throws SQLException {
			try (PreparedStatement s = connection.prepareStatement(update + " where " + sql)) {
				for (int i = 0; i < parameters.size(); i++) {
					s.setObject(i + 1, parameters.get(i));
				}
				return s.executeUpdate();
			}
		}
	}

	/** Date arithmetic, the one thing Derby and PostgreSQL spell differently here. */
	private enum Dialect {
		DERBY, POSTGRESQL;

		static Dialect of(Connection connection) throws SQLException {
			return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres") ? POSTGRESQL
					: DERBY;
		}

		/** The date {@code days} after the date column (days: a rule's whole number, written as a literal). */
		String plusDays(String column, int days) {
			return this == POSTGRESQL ? "(" + column + " + " + days + ")"
					: "cast({fn timestampadd(SQL_TSI_DAY, " + days + ", " + column + ")} as date)";
		}
	}
}
