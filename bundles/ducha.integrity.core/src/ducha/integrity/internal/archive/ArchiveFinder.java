package ducha.integrity.internal.archive;

import java.util.List;
import java.util.Locale;

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
import ducha.integrity.IntegrityTargets;
import ducha.integrity.internal.Messages;

/**
 * The quick-find's integrity archives (廉政档案) by 姓名/工号: only the archives the viewer may read (their own, their
 * departments' for an integrity supervisor, all for the office director). A viewer who may not read the directory
 * finds only their own.
 */
@Component(service = RecordFinder.class)
public class ArchiveFinder implements RecordFinder {

	@Reference
	private ArchiveAccess access;

	@Reference
	private DirectoryService directory;

	@Reference
	private AuthorizationService authorization;

	@Override
	public List<FoundRecord> find(String text, Principal viewer, int limit) {
		if (!RecordFinder.searchable(text)) {
			return List.of();
		}
		DepartmentNames departments = directory.departmentNames();
		return candidates(text.strip(), viewer).stream().filter(s -> access.mayRead(s, viewer)).limit(limit)
				.map(s -> new FoundRecord(Messages.findArchiveKind, s.label(),
						departments.name(s.departmentCode()), IntegrityTargets.ARCHIVE, s.staffNo()))
				.toList();
	}

	private List<Staff> candidates(String text, Principal viewer) {
		if (authorization.isPermitted(viewer, CorePermissions.STAFF_READ)) {
			return directory.staff(new StaffQuery(null, null, text), viewer);
		}
		if (viewer.staffNo() == null) {
			return List.of();
		}
		String upper = text.toUpperCase(Locale.ROOT);
		return directory.staff(viewer.staffNo())
				.filter(own -> own.name().contains(text) || own.staffNo().toUpperCase(Locale.ROOT).contains(upper))
				.stream().toList();
	}
}
