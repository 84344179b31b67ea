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
	 * @param items at least one
	 */
	Checklist save(String code, String title, List<ChecklistItem> items, Principal actor);

	Optional<Checklist> checklist(String code, int version, Principal viewer);

	/** The latest version of every template, by code. */
	List<Checklist> latest(Principal viewer);
}
