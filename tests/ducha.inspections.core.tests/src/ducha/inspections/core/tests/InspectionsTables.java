package ducha.inspections.core.tests;

import java.util.List;

import ducha.test.osgi.Osgi;

/** The inspections plugin's tables, children first, emptied before each test that stores records. */
final class InspectionsTables {

	static final List<String> TABLES = List.of(
			"insp_finding", "insp_bulletin", "insp_item_result", "insp_inspection_person",
			"insp_inspection_inspector",
			"insp_inspection_department", "insp_inspection", "insp_checklist_item", "insp_checklist",
			"insp_plan", "attachment_content", "attachment");

	private InspectionsTables() {
	}

	/** Empties the plugin's and the platform's tables. */
	static void reset() {
		Osgi.resetTables("ducha.inspections", TABLES);
	}
}
