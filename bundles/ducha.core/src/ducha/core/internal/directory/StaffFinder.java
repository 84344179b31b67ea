package ducha.core.internal.directory;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.security.AuthorizationService;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;
import ducha.core.spi.FoundRecord;
import ducha.core.spi.RecordFinder;
import ducha.core.spi.ViewTargets;

/** The quick-find's staff (干警名册) by part of the 姓名 or 工号, within what the viewer may see of the directory. */
@Component(service = RecordFinder.class)
public class StaffFinder implements RecordFinder {

	@Reference
	private DirectoryService directory;

	@Reference
	private AuthorizationService authorization;

	@Override
	public List<FoundRecord> find(String text, Principal viewer, int limit) {
		if (!RecordFinder.searchable(text) || !authorization.isPermitted(viewer, CorePermissions.STAFF_READ)) {
			return List.of();
		}
		List<Staff> found = directory.staff(new StaffQuery(null, null, text.strip()), viewer);
		DepartmentNames departments = directory.departmentNames();
		return found.stream().limit(limit).map(s -> hit(s, departments)).toList();
	}

	private static FoundRecord hit(Staff staff, DepartmentNames departments) {
		String line = departments.name(staff.departmentCode())
				+ (staff.position() == null || staff.position().isBlank() ? "" : " " + staff.position());
		return new FoundRecord(Messages.Find_staffKind, staff.label(), line,
				ViewTargets.STAFF, staff.staffNo());
	}
}
