package ducha.reports.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import ducha.cases.WatchRule;
import ducha.cases.WatchRules;
import ducha.core.period.Period;

/**
 * The floor: the figures that read the case register and the cases plugin's ledgers, as hand-written SQL over the
 * same tables of the same database, for the whole court (the viewer of the benchmark sees every department). They
 * are both the correctness check (Ducha's figure must equal them) and the time a figure cannot beat.
 */
final class RawFigures {

	private static final String OPEN = "status in ('PENDING', 'SUSPENDED')";

	private final DataSource dataSource;

	RawFigures(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	long count(String sql, Object... parameters) throws SQLException {
		try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
			bind(s, List.of(parameters));
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	long registerSize() throws SQLException {
		return count("select count(*) from case_register");
	}

	/** The report's {@code cases.*} figures over the period, keyed as in REPORT-METRICS.md. */
	Map<String, Long> casesSection(Period period) throws SQLException {
		Date from = Date.valueOf(period.from());
		Date to = Date.valueOf(period.to());
		String inBulletins = " from review_finding f join case_bulletin b on f.bulletin_id = b.id"
				+ " where b.issued_date between ? and ?";
		Map<String, Long> figures = new LinkedHashMap<>();
		figures.put("cases.bulletins", count("select count(*) from case_bulletin where issued_date between ? and ?",
				from, to));
		figures.put("cases.departments_involved", count("select count(distinct f.department_code)" + inBulletins,
				from, to));
		figures.put("cases.staff_involved", count("select count(distinct f.staff_no)" + inBulletins, from, to));
		figures.put("cases.reminder_talks", count("select count(*) from reminder_talk where talk_date between ? and ?",
				from, to));
		figures.put("cases.followups", count(
				"select count(*) from rectification_followup where opened_date between ? and ?", from, to));
		return figures;
	}

	/** 超期督办: overdue orders of cases in the register. */
	long overdueOrders() throws SQLException {
		return count("select count(*) from supervision_order o join case_register c on c.case_no = o.case_no"
				+ " where o.status = 'OVERDUE'");
	}

	/** 督办单（按月）: orders issued and closed per month of the year, of cases in the register. */
	List<List<Long>> ordersPerMonth(int year) throws SQLException {
		return List.of(perMonth("issued_date", year), perMonth("closed_date", year));
	}

	private List<Long> perMonth(String column, int year) throws SQLException {
		List<Long> months = new ArrayList<>(java.util.Collections.nCopies(12, 0L));
		try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("select o." + column
				+ ", count(*) from supervision_order o join case_register c on c.case_no = o.case_no where o." + column
				+ " between ? and ? group by o." + column)) {
			bind(s, List.of(Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31))));
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					int month = rs.getDate(1).toLocalDate().getMonthValue() - 1;
					months.set(month, months.get(month) + rs.getLong(2));
				}
			}
		}
		return months;
	}

	/**
	 * 长期未结案: the open cases the rule table flags on {@code asOf}, per department: the open cases' (type,
	 * procedure) pairs, one condition per pair with its rule's cut-off day, one grouped count.
	 */
	Map<String, Long> longPendingPerDepartment(List<WatchRule> ruleTable, LocalDate asOf) throws SQLException {
		WatchRules rules = new WatchRules(ruleTable);
		List<String> alternatives = new ArrayList<>();
		List<Object> parameters = new ArrayList<>();
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select distinct case_type, trial_procedure from case_register where "
						+ OPEN)) {
			while (rs.next()) {
				String type = rs.getString(1);
				String procedure = rs.getString(2);
				var rule = rules.ruleFor(type, procedure);
				if (rule.isPresent()) {
					alternatives.add("(case_type = ? and " + (procedure == null ? "trial_procedure is null"
							: "trial_procedure = ?") + " and filing_date <= ?)");
					parameters.add(type);
					if (procedure != null) {
						parameters.add(procedure);
					}
					parameters.add(Date.valueOf(asOf.minusDays(rule.get().flagAfterDays())));
				}
			}
		}
		Map<String, Long> perDepartment = new TreeMap<>();
		if (alternatives.isEmpty()) {
			return perDepartment;
		}
		try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
				"select department_code, count(*) from case_register where " + OPEN + " and ("
						+ String.join(" or ", alternatives) + ") group by department_code")) {
			bind(s, parameters);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					perDepartment.put(rs.getString(1), rs.getLong(2));
				}
			}
		}
		return perDepartment;
	}

	private static void bind(PreparedStatement s, List<Object> parameters) throws SQLException {
		for (int i = 0; i < parameters.size(); i++) {
			s.setObject(i + 1, parameters.get(i));
		}
	}
}
