package ducha.integrity.core.tests;

import java.util.List;

import ducha.test.osgi.Osgi;

/** The integrity plugin's tables, children first, emptied before each test that stores records. */
final class IntegrityTables {

	static final List<String> TABLES = List.of(
			"integrity_activity_participant", "integrity_activity", "integrity_recommendation", "integrity_book",
			"integrity_analysis", "integrity_rule", "integrity_risk_measure_review", "integrity_risk_measure",
			"integrity_disposition", "integrity_talk");

	private IntegrityTables() {
	}

	/** Empties the plugin's and the platform's tables. */
	static void reset() {
		Osgi.resetTables("ducha.integrity", TABLES);
	}
}
