package db.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import ducha.cases.internal.FlagDates;

/**
 * The long-pending list reads a stored date (issue 16): case_register.flag_date, the day an open case becomes
 * long-pending (filing date + the days of the narrowest rule that covers it), null for closed cases and cases no
 * rule covers; kept by every import and every change of the rules ({@link FlagDates}). The list is then a range of
 * an index on that date, court-wide and per department, in the date's order (most overdue first). Java because
 * the rows already stored get their date here from the stored rules, with the same rule resolution as the
 * service's ({@code WatchRules}), which SQL alone could only copy.
 */
public class V7__long_pending_flag_date extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement sql = connection.createStatement()) {
			sql.execute("alter table case_register add column flag_date date");
			// the court-wide list and its count; department and judge ride along so that the counts per department
			// (dashboard) and a reader's scope of several departments are read from this index alone
			sql.execute("create index case_flag_ix on case_register (flag_date, case_no, department_code, judge_no)");
			// one department's list: a tight range (Derby would otherwise take the department's register index)
			sql.execute("create index case_department_flag_ix on case_register (department_code, flag_date, case_no)");
		}
		FlagDates.recompute(connection, FlagDates.storedRules(connection), null);
	}
}
