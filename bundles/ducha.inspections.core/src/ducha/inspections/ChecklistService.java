package ducha.inspections;

import java.util.List;
import java.util.Optional;

import ducha.core.security.Principal;

/**
 * Checklist templates (检查清单) the office keeps. Saving needs {@link InspectionPermissions#MANAGE}; reading
 * {@link InspectionPermissions#READ} (a reader sees which checklist an inspection ran).
 */
public interface ChecklistService {

	/**
	 * Saves the template as its next version (the first is 1); earlier versions stay as they were.
	 *
	 * @param items   at least one
	 * @param basedOn the version the caller edited, 0 for a new template: when another desktop saved a later
	 *                version meanwhile (or created the template), the save is refused with a
	 *                {@link ducha.core.ConcurrentChangeException} naming who, instead of silently replacing it
	 */
	Checklist save(String code, String title, List<ChecklistItem> items, int basedOn, Principal actor);

	Optional<Checklist> checklist(String code, int version, Principal viewer);

	/** The latest version of every template, by code. */
	List<Checklist> latest(Principal viewer);
}
