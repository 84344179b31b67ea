package ducha.inspections.internal.dashboard;

import java.util.List;

import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.inspections.Finding;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionPermissions;
import ducha.inspections.InspectionService;
import ducha.inspections.internal.InspectionsContext;

/**
 * What the tiles, reminders and charts count: the records the viewer may see, through the service, so that an
 * unannounced inspection not yet closed is counted only for the supervision office. A viewer with no permission of
 * the plugin gets nothing (not a refusal: the home page shows every plugin's tiles to everyone).
 */
final class Visible {

	private Visible() {
	}

	static boolean concerns(InspectionsContext context, Principal viewer) {
		return context.mayManage(viewer) || context.authorization.isPermitted(viewer, InspectionPermissions.READ);
	}

	static List<Inspection> inspections(InspectionsContext context, InspectionService service, Period period,
			Principal viewer) {
		return concerns(context, viewer) ? service.inspections(period, viewer) : List.of();
	}

	static List<Finding> openFindings(InspectionsContext context, InspectionService service, Principal viewer) {
		return concerns(context, viewer) ? service.openFindings(viewer) : List.of();
	}
}
