package ducha.inspections.internal.cli;

import ducha.inspections.InspectionPlan;

/** A plan as one tab-separated line of the command line's output. */
final class CliLines {

	private CliLines() {
	}

	static String plan(InspectionPlan p) {
		return String.join("\t", p.planNo(), p.due().toString(), p.kind().label(), p.subject().label(), p.assignee(),
				p.inspectionNo() == null ? "" : p.inspectionNo());
	}
}
