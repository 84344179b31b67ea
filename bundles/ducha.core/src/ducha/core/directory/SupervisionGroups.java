package ducha.core.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * The specialist supervision groups (专业督察组), read-only: an optional OSGi service, registered by the supervisor
 * team plugin when it is installed (which keeps the groups). A plugin that assigns work to a group references it
 * optionally ({@code @Reference(cardinality = OPTIONAL, policy = DYNAMIC)}) and falls back to free text when it is
 * absent. Like the department names, the groups and their members are not confidential: no principal is needed.
 */
public interface SupervisionGroups {

	/** The groups that exist on the day (established on or before it, not dissolved before it), in their order. */
	List<SupervisionGroup> groupsOn(LocalDate day);
}
