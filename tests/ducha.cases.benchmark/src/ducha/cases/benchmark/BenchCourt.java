package ducha.cases.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import ducha.cases.CaseRegister;
import ducha.core.demo.DemoService;
import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.security.Principal;

/**
 * The demo court the generated register belongs to: seeded once per data folder, its judges and departments are
 * the ones the generated rows name, so that every row validates. The plugin's own tables are emptied before each
 * run (the rule table keeps its defaults).
 */
final class BenchCourt {

	static final Principal ACTOR = Principal.system("benchmark");

	/** The judges who handle cases, with their department's code and name. */
	record Judge(String staffNo, String departmentCode, String departmentName) {
	}

	private static final Set<String> JUDGE_POSTS = Set.of("审判员", "庭长", "副庭长", "执行员", "局长", "副局长");

	final List<Judge> judges;
	final Map<String, String> departmentCodes;

	private BenchCourt(List<Judge> judges, Map<String, String> departmentCodes) {
		this.judges = judges;
		this.departmentCodes = departmentCodes;
	}

	static BenchCourt prepare(DataSource dataSource) throws SQLException {
		Services.get(CaseRegister.class); // exists only after the plugin's migrations ran
		DemoService demo = Services.get(DemoService.class);
		if (demo.isEmpty()) {
			demo.seed(ACTOR, null);
		}
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			for (String table : new String[] { "order_event", "supervision_order", "reminder_talk",
					"rectification_followup", "review_finding", "case_bulletin" }) {
				s.executeUpdate("delete from " + table);
			}
			// a previous run may have left a million rows: truncate instead of logging a million deletes
			s.executeUpdate("truncate table case_register");
		}
		DirectoryService directory = Services.get(DirectoryService.class);
		Map<String, String> names = new HashMap<>();
		Map<String, String> codes = new HashMap<>();
		for (Department d : directory.departments()) {
			names.put(d.code(), d.name());
			codes.put(d.name(), d.code());
			codes.put(d.code(), d.code());
		}
		List<Judge> judges = directory.staff(StaffQuery.ALL, ACTOR).stream()
				.filter(s -> JUDGE_POSTS.contains(s.position()) && CaseExportFile.handlesCases(s.departmentCode()))
				.map((Staff s) -> new Judge(s.staffNo(), s.departmentCode(), names.get(s.departmentCode())))
				.toList();
		if (judges.isEmpty()) {
			throw new IllegalStateException("the demo court has no judges in trial departments");
		}
		return new BenchCourt(judges, codes);
	}
}
